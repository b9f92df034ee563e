import type { DemoMinutesItem } from './demoGroup';

/** Who did not attend all of a meeting; everyone else of the leadership group was there. */
export type DemoAttendance = Record<string, { presence: 'remote' | 'partTime' | 'absent'; part?: string }>;

/** One held meeting of the term before the demo's last one, its minutes published. */
export interface DemoTermMeeting {
  place: string;
  items: DemoMinutesItem[];
  attendance: DemoAttendance;
  /** The steering group joined, for this part of the day (no part: all of it); absent: it did not join. */
  steeringGroup?: { part?: string };
  /** The published minutes were corrected: the reason, and the item's decision as corrected. */
  correction?: { reason: string; itemTitle: string; decisions: string[] };
}

const opening = (text: string): DemoMinutesItem => ({ section: 'fast', title: 'Inledning', presenters: ['Jonas Berglund'], minutes: 10, notes: [text] });
const closing = (text: string): DemoMinutesItem => ({ section: 'fast', title: 'Summering och utcheckning', presenters: ['Jonas Berglund'], minutes: 10, notes: [text] });

/**
 * The autumn term's meetings before the last one, oldest first, every other Tuesday.
 * Actions fall due a number of days after their meeting: the early ones are done, a
 * few from the middle of the term are still open and overdue, the latest are open and
 * not yet due. Two items are taken up again at the next meeting, and one meeting's
 * minutes were corrected after publication.
 */
export const DEMO_TERM: DemoTermMeeting[] = [
  {
    place: 'Jupiter',
    steeringGroup: { part: '13–15.00' },
    attendance: { 'Tove Lund': { presence: 'absent' } },
    items: [
      opening('Jonas hälsade välkommen till en ny termin. Ledningsgruppen träffas varannan tisdag 13.00–16.00, de flesta gånger i Jupiter.'),
      {
        section: 'beslut',
        title: 'Mötesplan och arbetsformer hösten 2026',
        presenters: ['Sara Lindqvist'],
        minutes: 20,
        notes: [
          'Sara presenterade förslaget till mötesplan för hösten. Punkter till dagordningen anmäls senast torsdag kl. 12 veckan före mötet, kort kort-punkter fram till mötets början.',
          'Gruppen diskuterade om styrgruppen ska delta vid varje möte. Styrgruppen deltar när det finns punkter som rör båda grupperna, och anges då i kallelsen.',
        ],
        decisions: ['Ledningsgruppen beslutade att anta mötesplanen och arbetsformerna för hösten 2026.'],
        actions: [{ what: 'Lägga in höstens möten i ledningsgruppens kalender.', owner: 'Sara Lindqvist', dueInDays: 3, done: true }],
      },
      {
        section: 'information',
        title: 'Läget vid terminsstart: bemanning och elevantal',
        presenters: ['Mats Ekström', 'Anneli Strand'],
        minutes: 30,
        notes: [
          'Mats gick igenom elevantalen vid terminsstart. Grundskolan har något fler elever än budgeterat, främst i årskurs 7–9 i norra skolområdet. Förskolan ligger i stort sett på samma nivå som i våras.',
          'Anneli redogjorde för bemanningen. Fyra tjänster som lärare i matematik och två som speciallärare är fortfarande vakanta. Skolorna löser det tillfälligt med vikarier och omfördelning inom arbetslagen.',
        ],
        actions: [{ what: 'Sammanställa vakanserna per skolområde.', owner: 'Anneli Strand', dueInDays: 14, done: true }],
      },
      {
        section: 'kortkort',
        title: 'Välkomstbrevet till vårdnadshavare går ut på fredag.',
        presenters: ['Eva Nordin'],
        notes: ['Brevet skickas via lärplattformen. Rektorer som vill lägga till något om sin skola hör av sig till Eva senast torsdag.'],
      },
      closing('Jonas sammanfattade mötet. Utcheckning: alla delade en sak de ser fram emot under hösten.'),
    ],
  },
  {
    place: 'Jupiter + Teams',
    steeringGroup: { part: '13–14.30' },
    attendance: { 'Peter Åberg': { presence: 'remote' }, 'Göran Falk': { presence: 'remote' } },
    items: [
      opening('Jonas hälsade välkommen. Styrgruppen deltar under första punkten.'),
      {
        section: 'information',
        title: 'Verksamhetsplan 2027: inriktning',
        presenters: ['Jonas Berglund', 'Birgitta Hed'],
        minutes: 45,
        notes: [
          'Jonas och Birgitta presenterade ett första utkast till inriktning för verksamhetsplanen 2027. Utkastet bygger på vårens resultatdialoger och nämndens nya uppdrag.',
          'Ledningsgruppen och styrgruppen arbetade i tvärgrupper med frågan: vilka tre områden gör störst skillnad för elevernas lärande det kommande året? Gruppernas svar antecknades på blädderblock.',
          'Ärendet tas upp igen i ledningsgruppen om två veckor för beslut om inriktningen.',
        ],
        actions: [{ what: 'Skicka ut tvärgruppernas svar och det reviderade utkastet till alla.', owner: 'Jonas Berglund', dueInDays: 7, done: true }],
        followUp: true,
      },
      {
        section: 'information',
        title: 'Årshjul för det systematiska kvalitetsarbetet',
        presenters: ['Lena Sjöberg'],
        minutes: 20,
        notes: [
          'Lena visade årshjulet för det systematiska kvalitetsarbetet. Nytt för i år är att resultatdialogerna med rektorerna flyttas från juni till augusti, så att betygsresultaten finns med.',
          'Alla uppmanas kontrollera att datumen för sina skolområden stämmer.',
        ],
        actions: [{ what: 'Lägga ut årshjulet i ledningsgruppens team.', owner: 'Lena Sjöberg', dueInDays: 2, done: true }],
      },
      {
        section: 'kortkort',
        title: 'Ny rutin för rapportering av tillbud gäller från 1 oktober.',
        presenters: ['Nils Forsberg'],
        notes: ['Rutinen finns på intranätet. Nils håller en kort genomgång för skyddsombuden i september.'],
      },
      closing('Jonas sammanfattade mötet. Nästa möte hålls i Jupiter.'),
    ],
  },
  {
    place: 'Jupiter',
    attendance: { 'Ahmed Karimi': { presence: 'absent' }, 'Eva Nordin': { presence: 'partTime', part: '13–14.30' } },
    items: [
      opening('Jonas hälsade välkommen. Ahmed är på konferens i Göteborg.'),
      { section: 'fast', title: 'Ego-föredrag', presenters: ['Oskar Wikström'], minutes: 15, notes: ['Oskar berättade om sin bakgrund som rektor i två kommuner och om sitt uppdrag som verksamhetschef för gymnasiet sedan i våras.'] },
      {
        section: 'beslut',
        title: 'Verksamhetsplan 2027: inriktning',
        presenters: ['Jonas Berglund'],
        minutes: 30,
        fromLastMeeting: true,
        notes: [
          'Jonas gick igenom det reviderade utkastet. Tvärgruppernas svar har samlats i tre områden: undervisningens kvalitet, trygghet och studiero samt kompetensförsörjning.',
          'Gruppen diskuterade hur området kompetensförsörjning ska formuleras så att det också omfattar förskolan.',
        ],
        decisions: ['Ledningsgruppen beslutade att ställa sig bakom inriktningen med de tre prioriterade områdena, med tillägget att kompetensförsörjning omfattar både förskola och skola.'],
        actions: [{ what: 'Presentera inriktningen för nämndens presidium.', owner: 'Jonas Berglund', dueInDays: 9, done: true }],
      },
      {
        section: 'information',
        title: 'Elevhälsans organisation',
        presenters: ['Maria Dahl Persson'],
        minutes: 25,
        notes: [
          'Maria redogjorde för hur elevhälsan är organiserad i de olika skolområdena. Elevhälsomötena ser olika ut, och det gör det svårt att följa upp insatserna på huvudmannanivå.',
          'Gruppen var enig om att gemensamma rutiner behövs. Maria tar fram ett förslag tillsammans med elevhälsans chefer.',
        ],
        actions: [{ what: 'Ta fram förslag på gemensamma rutiner för elevhälsomöten.', owner: 'Maria Dahl Persson', dueInDays: 35 }],
      },
      closing('Jonas sammanfattade mötet och tackade Oskar för ego-föredraget.'),
    ],
  },
  {
    place: 'Marina Plaza',
    steeringGroup: {},
    attendance: { 'Karin Holmgren': { presence: 'remote' }, 'Ingrid Moberg': { presence: 'absent' } },
    correction: {
      reason: 'Beslutet angav fel fördelning: enligt underlaget är den 70/30, inte 60/40.',
      itemTitle: 'Fördelning av statsbidraget för likvärdig skola',
      decisions: ['Ledningsgruppen beslutade att fördela statsbidraget för likvärdig skola efter socioekonomiskt index, 70 procent, och elevantal, 30 procent.'],
    },
    items: [
      opening('Jonas hälsade välkommen till Marina Plaza. Styrgruppen deltar hela eftermiddagen.'),
      {
        section: 'beslut',
        title: 'Fördelning av statsbidraget för likvärdig skola',
        presenters: ['Mats Ekström'],
        minutes: 30,
        notes: [
          'Mats presenterade två förslag till fördelning av statsbidraget. Förslag 1 fördelar efter elevantal, förslag 2 efter socioekonomiskt index och elevantal.',
          'Gruppen diskuterade hur skolor med stora förändringar mellan åren ska hanteras. En övergångsregel införs så att ingen enhet tappar mer än tio procent jämfört med i år.',
        ],
        decisions: ['Ledningsgruppen beslutade att fördela statsbidraget för likvärdig skola efter socioekonomiskt index, 60 procent, och elevantal, 40 procent.'],
        actions: [{ what: 'Meddela rektorerna respektive enhets tilldelning.', owner: 'Mats Ekström', dueInDays: 10, done: true }],
      },
      {
        section: 'information',
        title: 'Rekrytering av lärare inför vårterminen',
        presenters: ['Ahmed Karimi'],
        minutes: 25,
        notes: [
          'Ahmed berättade om läget i rekryteringen. Det är fortsatt svårt att rekrytera legitimerade lärare i matematik, moderna språk och svenska som andraspråk.',
          'HR föreslår en gemensam annons för flera skolor och en rekryteringsmässa i januari. Rektorerna behöver lämna sina behov i god tid.',
        ],
        actions: [{ what: 'Samla in rektorernas rekryteringsbehov inför vårterminen.', owner: 'Ahmed Karimi', dueInDays: 21 }],
      },
      {
        section: 'kortkort',
        title: 'Spara datumet: chefsdag den 12 november.',
        presenters: ['Sara Lindqvist'],
        notes: ['Inbjudan kommer i oktober. Förslag på innehåll skickas till Sara.'],
      },
      closing('Jonas sammanfattade eftermiddagen och tackade styrgruppen.'),
    ],
  },
  {
    place: 'Jupiter + Teams',
    steeringGroup: { part: '14–16.00' },
    attendance: { 'Nils Forsberg': { presence: 'absent' }, 'Tove Lund': { presence: 'remote' } },
    items: [
      opening('Jonas hälsade välkommen och gick igenom dagens punkter.'),
      {
        section: 'information',
        title: 'Delårsrapport augusti',
        presenters: ['Mats Ekström'],
        minutes: 30,
        notes: [
          'Mats gick igenom delårsrapporten. Prognosen för helåret visar ett underskott på 14 miljoner kronor, främst på grund av högre kostnader för lokaler och skolskjuts.',
          'Gruppen diskuterade möjliga åtgärder. Ärendet tas upp igen om två veckor, med förslag till åtgärder för en budget i balans.',
        ],
        actions: [{ what: 'Ta fram förslag till åtgärder för en budget i balans.', owner: 'Mats Ekström', dueInDays: 13, done: true }],
        followUp: true,
      },
      {
        section: 'diskussion',
        title: 'Workshop: trygghet och studiero',
        presenters: ['Karin Holmgren', 'Birgitta Hed'],
        minutes: 50,
        notes: [
          'Karin inledde med resultaten från trygghetsenkäten. Därefter arbetade ledningsgruppen och styrgruppen i grupper.',
          'Diskussionsfrågor: Vad kännetecknar de skolor där eleverna upplever studiero? Vilket stöd behöver rektorerna från förvaltningen?',
          'Grupperna lyfte bland annat tydliga gemensamma ordningsregler, vuxna i korridorerna under raster och att eleverna görs delaktiga i arbetet.',
        ],
        actions: [{ what: 'Sammanställa medskicken från workshopen.', owner: 'Karin Holmgren', dueInDays: 14, done: true }],
      },
      {
        section: 'kortkort',
        title: 'Påminnelse: medarbetarenkäten stänger den 24 oktober.',
        presenters: ['Tove Lund'],
        notes: ['Svarsfrekvensen är hittills 58 procent. Alla uppmanas påminna sina medarbetare.'],
      },
      closing('Jonas sammanfattade mötet.'),
    ],
  },
  {
    place: 'Jupiter',
    attendance: { 'Lena Sjöberg': { presence: 'absent' }, 'Mats Ekström': { presence: 'remote' } },
    items: [
      opening('Jonas hälsade välkommen. Lena är sjuk.'),
      { section: 'fast', title: 'Ego-föredrag', presenters: ['Anneli Strand'], minutes: 15, notes: ['Anneli berättade om sitt uppdrag som HR-strateg och om vägen dit, från förskollärare till personalfrågor på förvaltningsnivå.'] },
      {
        section: 'beslut',
        title: 'Delårsrapport augusti',
        presenters: ['Mats Ekström'],
        minutes: 30,
        fromLastMeeting: true,
        notes: [
          'Mats presenterade förslaget till åtgärder: en översyn av lokalerna, samordnade skolskjutsar och en tillfällig återhållsamhet med inköp under resten av året.',
          'Gruppen diskuterade konsekvenserna för skolor som redan har beställt läromedel. Beställningar som är gjorda fullföljs.',
        ],
        decisions: ['Ledningsgruppen beslutade att föreslå nämnden de presenterade åtgärderna för en budget i balans.'],
        actions: [{ what: 'Ta fram en plan för översynen av lokalerna.', owner: 'Nils Forsberg', dueInDays: 21 }],
      },
      {
        section: 'information',
        title: 'Lokalförsörjningsplan 2027–2030',
        presenters: ['Nils Forsberg'],
        minutes: 25,
        notes: [
          'Nils redogjorde för lokalförsörjningsplanen. Två nya förskolor behövs i södra området till 2029, och skolan i Berga behöver byggas om.',
          'Under tiden behövs tillfälliga paviljonger på två skolor.',
        ],
        actions: [{ what: 'Inventera behovet av tillfälliga paviljonger.', owner: 'Oskar Wikström', dueInDays: 60 }],
      },
      closing('Jonas sammanfattade mötet och tackade Anneli.'),
    ],
  },
  {
    place: 'Jupiter + Teams',
    steeringGroup: { part: '13–15.00' },
    attendance: { 'Karin Holmgren': { presence: 'absent' }, 'Peter Åberg': { presence: 'partTime', part: '14–16.00' } },
    items: [
      opening('Jonas hälsade välkommen. Peter kommer efter lunchmöte med gymnasiet.'),
      {
        section: 'information',
        title: 'AI i undervisningen: riktlinjer',
        presenters: ['Peter Åberg', 'Göran Falk'],
        minutes: 40,
        notes: [
          'Peter och Göran presenterade ett utkast till riktlinjer för hur elever och lärare får använda AI-verktyg. Utkastet tar upp bedömning, personuppgifter och vilka verktyg som är godkända.',
          'Gruppen diskuterade hur riktlinjerna ska kommuniceras till vårdnadshavare. Alla uppmanas komma med synpunkter till Peter.',
        ],
        actions: [{ what: 'Arbeta in synpunkterna och ta fram slutliga riktlinjer för AI-verktyg.', owner: 'Peter Åberg', dueInDays: 45 }],
      },
      {
        section: 'information',
        title: 'Uppföljning av verksamhetsplanen: de prioriterade områdena',
        presenters: ['Jonas Berglund'],
        minutes: 20,
        notes: ['Jonas gick igenom läget i de tre prioriterade områdena. Arbetet med trygghet och studiero ligger före plan, kompetensförsörjningen efter.'],
        actions: [{ what: 'Ta fram en tidplan för kompetensförsörjningsarbetet.', owner: 'Ahmed Karimi' }],
      },
      {
        section: 'kortkort',
        title: 'Inbjudan till jullunch för alla chefer kommer i veckan.',
        presenters: ['Eva Nordin'],
        notes: ['Jullunchen hålls den 16 december på Marina Plaza.'],
      },
      closing('Jonas sammanfattade mötet.'),
    ],
  },
];
