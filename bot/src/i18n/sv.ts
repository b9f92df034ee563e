import type { ErrorCode } from '../domain/errors';
import type { ItemStatus, Membership, Role, Section } from '../domain/model';
import type { ReminderKind } from '../domain/reminders';
import { formatDayTime, formatLocalDate, weekdayName } from './format';

type P = Record<string, string | number>;
const s = (value: unknown): string => String(value ?? '');

const ROLE_NAMES = { ordforande: 'ordförande', sekreterare: 'sekreterare', ledamot: 'ledamot' } satisfies Record<Role, string>;
const MEMBERSHIP_NAMES = { LG: 'ledningsgruppen', SG: 'styrgruppen', gast: 'gäst' } satisfies Record<Membership, string>;
const REMINDER_NAMES = { agendaCall: 'Kallelsen till punkter', deadlineReminder: 'Påminnelsen om sista dag', meetingReminder: 'Påminnelsen om mötet' } satisfies Record<ReminderKind, string>;
const reminderName = (kind: unknown): string => REMINDER_NAMES[kind as ReminderKind] ?? 'Påminnelsen';

export const sv = {
  sections: {
    fast: 'Fasta punkter',
    beslut: 'Beslut',
    information: 'Information',
    diskussion: 'Diskussion',
    kortkort: 'Kort, kort',
  } satisfies Record<Section, string>,
  sectionChoice: {
    fast: 'Fast punkt',
    beslut: 'Beslut',
    information: 'Information',
    diskussion: 'Diskussion',
    kortkort: 'Kort, kort',
  } satisfies Record<Section, string>,
  statuses: { anmald: 'anmäld', godkand: 'godkänd', flyttad: 'flyttad', avvisad: 'avvisad' } satisfies Record<ItemStatus, string>,
  roles: ROLE_NAMES,
  memberships: MEMBERSHIP_NAMES,
  errors: {
    titleMissing: () => 'Punkten behöver en rubrik. Skriv till exempel: punkt Budget 2027',
    titleTooLong: (p: P) => `Rubriken är för lång (${s(p.length)} tecken). Högst ${s(p.max)} tecken – lägg resten i beskrivningen.`,
    descriptionTooLong: (p: P) => `Beskrivningen är för lång (${s(p.length)} tecken). Högst ${s(p.max)} tecken – länka gärna till ett dokument i stället.`,
    unknownSection: (p: P) => `"${s(p.value)}" är ingen avdelning i dagordningen. Välj Beslut, Information, Diskussion, Kort, kort eller Fast punkt.`,
    minutesInvalid: (p: P) => `"${s(p.value)}" går inte att använda som tid. Ange antal minuter som ett heltal, till exempel 20.`,
    minutesTooLong: (p: P) => `${s(p.value)} minuter är längre än hela mötet (${s(p.max)} minuter).`,
    linkInvalid: () => 'Länken ska vara en webbadress som börjar med https://',
    dateInvalid: (p: P) => `Jag förstår inte datumet "${s(p.value)}". Skriv till exempel 2026-12-08, 8/12, 8 dec eller tisdag 8 december.`,
    dateNotExisting: (p: P) => `Datumet "${s(p.value)}" finns inte i kalendern.`,
    weekdayMismatch: (p: P) => `"${s(p.value)}" stämmer inte: det datumet är en ${weekdayName(Number(p.weekday), 'sv')}.`,
    timeInvalid: (p: P) => `Jag hittar ingen tid i "${s(p.value)}". Skriv start och slut, till exempel 13.00-16.00.`,
    endBeforeStart: () => 'Mötet måste sluta efter att det börjar.',
    meetingInPast: () => 'Den tiden har redan varit. Planera mötet på ett kommande datum.',
    placeMissing: () => 'Ange var mötet hålls, till exempel: möte 8 dec 13-16 Jupiter + Teams',
    placeTooLong: (p: P) => `Platsen är för lång (${s(p.length)} tecken). Högst ${s(p.max)} tecken.`,
    meetingExists: (p: P) => `Det finns redan ett möte ${formatLocalDate(s(p.date), 'sv')}.`,
    noUpcomingMeeting: () => 'Inget kommande möte är planerat ännu. Ordförande eller sekreterare planerar ett med: möte 8 dec 13-16 Jupiter',
    noMeetingOnDate: (p: P) => `Det finns inget möte ${formatLocalDate(s(p.date), 'sv')}.`,
    meetingClosed: () => 'Mötet har redan börjat eller är avslutat, så dagordningen kan inte ändras längre.',
    notCoordinator: () => 'Det är bara ordförande eller sekreterare som kan göra det.',
    notAllowedToEdit: () => 'Bara den som anmälde punkten, föredragande, ordförande eller sekreterare kan ändra den.',
    notMember: () => 'Du är inte med i någon ledningsgrupp som använder Dagordning. Skriv till mig i ledningsgruppens kanal först.',
    noGroup: () => 'Jag hittar ingen ledningsgrupp för den här konversationen. Lägg till Dagordning i ledningsgruppens team.',
    notInstalled: () =>
      'Dagordning är inte installerad i det här teamet ännu. Lägg till appen i teamet igen – den som gör det blir gruppens sekreterare – eller be gruppens ordförande eller sekreterare om hjälp.',
    otherTenant: () => 'Det här kommer från en annan organisation än ledningsgruppens och kan inte användas här.',
    groupChatUnsupported: () => 'Dagordning används i ledningsgruppens team eller i en personlig chatt med mig.',
    itemGone: () => 'Punkten finns inte längre – den kan ha tagits bort. Be om en ny dagordning med "dagordning".',
    otherGroup: () => 'Kortet hör till en annan grupps möte och kan inte användas här.',
    badCardData: () => 'Kortet innehåller uppgifter som inte stämmer. Be om ett nytt kort med "dagordning".',
    unknownAction: () => 'Den knappen känner jag inte igen. Be om ett nytt kort med "dagordning".',
    memberNotFound: (p: P) => `Jag hittar ingen i gruppen som heter "${s(p.query)}".`,
    memberAmbiguous: (p: P) => `"${s(p.query)}" passar flera: ${s(p.names)}. Skriv hela namnet eller initialerna.`,
    unknownRole: (p: P) => `Jag förstår inte "${s(p.value)}". Skriv: roll <namn> ordförande, sekreterare, ledamot, LG, SG eller gäst.`,
    unknownLanguage: (p: P) => `Jag förstår inte "${s(p.value)}". Skriv: språk svenska eller språk engelska.`,
    lastCoordinator: () => 'Gruppen måste ha minst en ordförande eller sekreterare. Utse någon annan först, till exempel: roll Tove sekreterare',
    concurrentEdit: (p: P) => `Någon annan ändrade punkten "${s(p.title)}" samtidigt. Kortet visar nu det senaste – gör din ändring igen.`,
    noticeMissing: () => 'Skriv vad notisen gäller, till exempel: kort kort Glöm inte anmälan till konferensen',
    noticeTooLong: (p: P) => `En kort, kort-notis får vara högst ${s(p.max)} tecken (din var ${s(p.length)}). Anmäl en punkt i stället.`,
    presentersTooLong: (p: P) => `Ange högst ${s(p.max)} föredragande, åtskilda med kommatecken.`,
    deadlineAfterMeeting: () => 'Sista dag för punkter måste vara före mötet.',
    joinLinkInvalid: (p: P) =>
      `"${s(p.value)}" går inte att använda som länk till mötet. Klistra in mötets Teams-länk (https://teams.microsoft.com/…) eller en annan webbadress som börjar med https://`,
    noMeetingToConfirm: () => 'Det finns inget planerat möte vars dagordning kan fastställas. Planera ett först, till exempel: möte 8 dec 13-16 Jupiter',
    reminderDaysInvalid: (p: P) => `"${s(p.value)}" går inte att använda som antal dagar. Ange ett heltal från ${s(p.min)} till ${s(p.max)}.`,
    reminderTimeInvalid: (p: P) => `Jag förstår inte klockslaget "${s(p.value)}". Skriv till exempel 09:00 eller 13.30.`,
    reminderTimeInPast: (p: P) =>
      `${reminderName(p.kind)} inför nästa möte skulle gå ut ${p.when ? formatDayTime(s(p.when), 'sv') : 'tidigare'}, och den tiden har redan varit. Välj en tid som inte har passerat, eller stäng av påminnelsen.`,
    reminderPlanChanged: () => 'Någon annan ändrade påminnelserna samtidigt. Kortet visar nu det senaste – gör din ändring igen.',
    storageUnavailable: () => 'Det gick inte att spara just nu. Inget har ändrats – försök igen om en stund.',
  } satisfies Record<ErrorCode, (p: P) => string>,
  agenda: {
    title: (group: string) => `Dagordning – ${group}`,
    deadline: (when: string) => `Sista dag för punkter: ${when}`,
    noItems: 'Inga punkter anmälda ännu.',
    noDecisions: 'Inga beslutspunkter',
    late: 'sent anmäld',
    planned: (planned: string, total: string) => `Planerad tid: ${planned} av ${total}`,
    over: (over: string) => `⚠️ ${over} mer än mötet rymmer`,
    notices: 'Kort, kort',
    noNotices: 'Inga notiser ännu.',
    setAside: 'Flyttade eller avvisade',
    addItem: 'Lägg till punkt',
    addNotice: 'Lägg till kort, kort',
    itemTitlePlaceholder: 'Rubrik, t.ex. Budget 2027',
    noticePlaceholder: 'Notisen på en eller två meningar',
    add: 'Lägg till',
    itemAdded: (title: string) => `Punkten "${title}" är tillagd. Fyll i detaljerna i kortet nedan.`,
    noticeAdded: (text: string) => `Kort, kort tillagd: "${text}".`,
  },
  item: {
    heading: (date: string) => `Punkt till mötet ${date}`,
    submitted: (name: string, when: string) => `Anmäld av ${name}, ${when}`,
    late: 'Sent anmäld – ordföranden avgör om punkten tas upp.',
    status: (status: string) => `Status: ${status}`,
    title: 'Rubrik',
    section: 'Avdelning',
    presenters: 'Föredragande',
    presentersPlaceholder: 'Initialer eller namn, t.ex. TK, MBH',
    minutes: 'Tid (minuter)',
    minutesPlaceholder: 'T.ex. 20',
    description: 'Kort beskrivning',
    link: 'Länk till underlag',
    linkPlaceholder: 'https://…',
    save: 'Spara',
    saved: (when: string) => `✔ Sparat ${when}.`,
    fix: 'Kunde inte spara. Rätta och spara igen:',
  },
  notice: {
    added: (text: string, initials: string, date: string) => `Kort, kort tillagd till mötet ${date}: "${text}" (${initials}).`,
  },
  meeting: {
    planned: (date: string, time: string, place: string, deadline: string) =>
      `Mötet är planerat: ${date}, ${time}, ${place}. Sista dag för punkter är ${deadline} – ändra med "deadline <datum> <tid>".`,
    deadlineChanged: (date: string, deadline: string) => `Sista dag för punkter till mötet ${date} är nu ${deadline}.`,
  },
  language: {
    changed: 'Från och med nu skriver jag på svenska i kanalen. I personliga chattar följer jag var och ens språk i Teams.',
  },
  roleChange: {
    gained: (name: string, role: Role) => `${name} är nu ${ROLE_NAMES[role]}.`,
    lost: (name: string, role: Role) => `${name} är inte längre ${ROLE_NAMES[role]}.`,
    already: (name: string, role: Role) => `${name} är redan ${ROLE_NAMES[role]}.`,
    membership: (name: string, membership: Membership) =>
      membership === 'gast' ? `${name} är nu gäst i gruppen.` : `${name} tillhör nu ${MEMBERSHIP_NAMES[membership]}.`,
  },
  help: {
    title: 'Så här använder du Dagordning',
    intro: 'Skriv till mig här i chatten eller nämn @Dagordning i ledningsgruppens kanal.',
    commands: [
      ['dagordning', 'visar nästa mötes dagordning'],
      ['punkt <rubrik>', 'anmäler en punkt till nästa möte (lägg till "till 8 dec" för ett annat möte)'],
      ['kort kort <text>', 'lägger till en kort, kort-notis'],
      ['möte <datum> <start>-<slut> <plats>', 'planerar ett möte (ordförande/sekreterare), t.ex. möte 8 dec 13-16 Jupiter + Teams'],
      ['deadline <datum> <tid>', 'ändrar sista dag för punkter till nästa möte (ordförande/sekreterare)'],
      ['roll <namn> ordförande|sekreterare|ledamot', 'ändrar någons roll (ordförande/sekreterare); även LG, SG eller gäst'],
      ['språk svenska|engelska', 'väljer språket för det jag skriver i kanalen (ordförande/sekreterare)'],
      ['hjälp', 'visar den här hjälpen'],
    ] as [string, string][],
    english: 'English works too: agenda, add item, quick, meeting, role, help.',
  },
  welcome: {
    title: 'Hej! Jag är Dagordning.',
    team: (installer: string) =>
      `Jag hjälper ledningsgruppen att samla punkter och kort, kort inför mötena. ${installer} lade till mig och är gruppens sekreterare tills rollerna ändras.`,
    personal: 'Här kan du anmäla punkter och kort, kort till din ledningsgrupps möten och se dagordningen.',
  },
  common: {
    appName: 'Dagordning',
    defaultGroupName: 'Ledningsgruppen',
    unexpected: 'Något gick fel hos mig. Inget har ändrats – försök igen om en stund.',
    notUnderstood: (text: string) => `Jag förstod inte "${text}". Här är vad jag kan:`,
  },
};

export type Messages = typeof sv;
