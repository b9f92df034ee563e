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
