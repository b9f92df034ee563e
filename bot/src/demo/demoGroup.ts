import type { Membership, Role, Section } from '../domain/model';

/**
 * A fictional leadership group for local mode. The ids match the Agents Playground
 * configuration (.m365agentsplayground.yml) so the playground's users are its members.
 */
export const DEMO_GROUP_NAME = 'Ledningsgruppen (demo)';
export const DEMO_TEAM = { teamId: '19:demo-ledningsgrupp@thread.tacv2', name: DEMO_GROUP_NAME, tenantId: '00000000-0000-0000-0000-0000000000001' };

export interface DemoPerson {
  userId: string;
  aadObjectId: string;
  name: string;
  role: Role;
  membership: Membership;
}

const person = (n: number, name: string, role: Role = 'ledamot', membership: Membership = 'LG'): DemoPerson => ({
  userId: `user-id-${n}`,
  aadObjectId: `00000000-0000-0000-0000-00000000${String(20 + n).padStart(4, '0')}`,
  name,
  role,
  membership,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  person(0, 'Sara Lindqvist', 'sekreterare'),
  person(1, 'Jonas Berglund', 'ordforande'),
  person(2, 'Karin Holmgren'),
  person(3, 'Mats Ekström'),
  person(4, 'Lena Sjöberg'),
  person(5, 'Ahmed Karimi'),
  person(6, 'Eva Nordin'),
  person(7, 'Peter Åberg'),
  person(8, 'Maria Dahl Persson'),
  person(9, 'Tove Lund'),
  person(10, 'Nils Forsberg'),
  person(11, 'Anneli Strand'),
  person(12, 'Oskar Wikström'),
  person(13, 'Birgitta Hed', 'ledamot', 'SG'),
  person(14, 'Göran Falk', 'ledamot', 'SG'),
  person(15, 'Ingrid Moberg', 'ledamot', 'SG'),
  person(16, 'Elin Rask', 'ledamot', 'gast'),
];

export interface DemoItem {
  section: Section;
  title: string;
  presenters: string[];
  minutes?: number;
  description?: string;
  link?: string;
  late?: boolean;
  /** Taken up again from the last meeting (its item of the same title), not submitted anew. */
  fromLastMeeting?: boolean;
}

export const DEMO_ITEMS: DemoItem[] = [
  { section: 'fast', title: 'Inledning och incheckning', presenters: ['Jonas Berglund'], minutes: 10 },
  { section: 'fast', title: 'Ego-föredrag', presenters: ['Tove Lund'], minutes: 15, description: 'Tove berättar om sig själv och sitt uppdrag.' },
  {
    section: 'beslut',
    title: 'Rutin för tillfälligt lån av medarbetare',
    presenters: ['Karin Holmgren'],
    minutes: 20,
    description: 'Förslag till gemensam rutin när medarbetare tillfälligt arbetar i en annan verksamhet, och hur den avlämnande verksamheten kompenseras.',
    link: 'https://example.sharepoint.com/sites/ledningsgrupp/Delade%20dokument/rutin-lan.docx',
    fromLastMeeting: true,
  },
  {
    section: 'information',
    title: 'Budgetvolymer förskola och grundskola 2027',
    presenters: ['Mats Ekström'],
    minutes: 30,
    description: 'Volymerna är avstämda med rektorer och verksamhetschefer.',
  },
  { section: 'information', title: 'Kvalitetsrapport grundskola, utkast', presenters: ['Lena Sjöberg', 'Elin Rask'], minutes: 25 },
  { section: 'diskussion', title: 'Workshop: handlingsplan för likvärdig skola', presenters: ['Jonas Berglund', 'Birgitta Hed'], minutes: 45 },
  { section: 'information', title: 'Uppföljning av nyanlända elevers kartläggning', presenters: ['Ahmed Karimi'], minutes: 15, late: true },
  { section: 'fast', title: 'Summering och utcheckning', presenters: ['Jonas Berglund'], minutes: 10 },
  { section: 'kortkort', title: 'Förslag på datum för höstens chefskonferens: 14–15 oktober.', presenters: ['Sara Lindqvist'] },
  { section: 'kortkort', title: 'Påminnelse: utbildning i informationssäkerhet för alla chefer.', presenters: ['Eva Nordin'] },
];

/** Minutes of one item of the demo group's last meeting, written in the group's style. */
export interface DemoMinutesItem extends DemoItem {
  notes: string[];
  decisions?: string[];
  /** Actions: what, whose, due this many days after the meeting; done ones were marked done when they fell due. */
  actions?: { what: string; owner: string; dueInDays?: number; done?: boolean }[];
  /** "Tas upp igen om två veckor": on the next meeting's agenda as a follow-up. */
  followUp?: boolean;
}

/** The meeting two weeks before the next one, held and its minutes published. */
export const DEMO_PAST_ITEMS: DemoMinutesItem[] = [
  {
    section: 'fast',
    title: 'Inledning',
    presenters: ['Jonas Berglund'],
    minutes: 10,
    notes: ['Jonas hälsade välkommen och gick igenom dagens punkter. Styrgruppen deltar under eftermiddagens första del.'],
  },
  {
    section: 'beslut',
    title: 'Gemensam introduktion för nya rektorer',
    presenters: ['Karin Holmgren'],
    minutes: 30,
    notes: [
      'Karin presenterade förslaget till gemensam introduktion: tre träffar under första terminen, en mentor bland de erfarna rektorerna och en checklista för den första månaden.',
      'Gruppen diskuterade hur mentorerna ska få tid för uppdraget. Förslaget justerades så att mentorskapet räknas in i rektorernas arbetstid.',
    ],
    decisions: ['Ledningsgruppen beslutade att införa den gemensamma introduktionen från 1 januari, med den justering som gjordes på mötet.'],
    actions: [{ what: 'Skicka ut den beslutade introduktionen till alla rektorer.', owner: 'Karin Holmgren', dueInDays: 7 }],
  },
  {
    section: 'information',
    title: 'Rutin för tillfälligt lån av medarbetare',
    presenters: ['Karin Holmgren'],
    minutes: 20,
    notes: [
      'Karin redogjorde för bakgrunden: det ser olika ut när medarbetare från skolor och förskolor tillfälligt arbetar i en annan verksamhet, och den avlämnande verksamheten kompenseras inte alltid.',
      'Ett första utkast till rutin diskuterades. Ärendet tas upp igen i ledningsgruppen om två veckor för beslut.',
    ],
    followUp: true,
  },
  {
    section: 'information',
    title: 'Resultat från elevenkäten',
    presenters: ['Lena Sjöberg', 'Elin Rask'],
    minutes: 40,
    notes: [
      'Lena och Elin presenterade resultaten från höstens elevenkät. Trygghet och studiero har förbättrats i årskurs 7–9, medan svaren om inflytande ligger kvar på förra årets nivå.',
      'Gruppen diskuterade i mindre grupper vad skolorna kan göra för att elevernas röster ska märkas i undervisningen. Synpunkterna antecknades.',
      'Alla uppmanas komma med inspel till Lena inför nästa möte.',
    ],
    actions: [{ what: 'Sammanställa gruppernas synpunkter om elevinflytande.', owner: 'Lena Sjöberg', dueInDays: 13 }],
  },
  {
    section: 'kortkort',
    title: 'Lokal till vårens kompetensdag behöver bokas.',
    presenters: ['Sara Lindqvist'],
    notes: ['Sara bokar lokal till kompetensdagen i mars. Förslag på lokal skickas till Sara.'],
    actions: [{ what: 'Boka lokal till kompetensdagen i mars.', owner: 'Sara Lindqvist', dueInDays: 21 }],
  },
  {
    section: 'fast',
    title: 'Summering och utcheckning',
    presenters: ['Jonas Berglund'],
    minutes: 10,
    notes: ['Jonas sammanfattade mötet. Nästa möte är om två veckor.'],
  },
];

/** Who did not attend all of the last meeting: everyone else was there. */
export const DEMO_PAST_ATTENDANCE: Record<string, { presence: 'remote' | 'partTime' | 'absent'; part?: string }> = {
  'Peter Åberg': { presence: 'absent' },
  'Mats Ekström': { presence: 'remote' },
  'Ingrid Moberg': { presence: 'partTime', part: '13–15.00' },
  'Elin Rask': { presence: 'partTime', part: 'punkt 4' },
};
