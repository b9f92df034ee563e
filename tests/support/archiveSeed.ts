import { buildEntry } from '../../bot/src/domain/archive/entry';
import type { Minutes, MinutesAction, MinutesSnapshot, MinutesVersion, PublishedItem, PublishedPart } from '../../bot/src/domain/minutes/model';
import type { Actor, AgendaItem, Group, Meeting, Member, Section } from '../../bot/src/domain/model';
import type { New, Store } from '../../bot/src/domain/storage';
import { entryFields } from '../../bot/src/stores/sharepoint/archiveIndex';
import { itemFields, meetingFields } from '../../bot/src/stores/sharepoint/fields';
import { actionFields, minutesFields, versionFields } from '../../bot/src/stores/sharepoint/minutesFields';
import { LISTS, type ListKey } from '../../bot/src/stores/sharepoint/schema';
import type { GraphEmulator } from './graph/graphEmulator';
import { seededRandom } from './graph/seededRandom';

/**
 * A group that has met weekly for years, every meeting's minutes published: agenda
 * items in the group's sections with notes, decisions and actions, written in its
 * words. Made once as records, then stored either through a store's repositories
 * (SQLite) or straight into the Graph emulator's lists (SharePoint: no HTTP, so
 * seeding thousands of items takes seconds), with each meeting's archive entry as
 * the app writes it when the minutes are published.
 */
export interface ArchiveHistory {
  group: Group;
  reader: Actor;
  meetings: Meeting[];
  items: AgendaItem[];
  minutes: New<Minutes>[];
  versions: MinutesVersion[];
  actions: New<MinutesAction>[];
}

const SUBJECTS = ['Budgetvolymer', 'Skolskjutsar', 'Lokalförsörjning', 'Elevhälsa', 'Kompetensförsörjning', 'Skolgårdsmiljö', 'Läsårsplanering', 'Systematiskt kvalitetsarbete', 'Arbetsmiljö', 'Nyanländas lärande', 'Förskolans språkutveckling', 'Digitala lärverktyg', 'Fritidshemmets uppdrag', 'Trygghet och studiero', 'Rekrytering av rektorer'];
const PLACES = ['grundskola', 'förskola', 'gymnasiet', 'särskolan', 'kulturskolan', 'Norrby', 'Söderby', 'Åby', 'Östra området'];
const VERBS = ['presenterade', 'gick igenom', 'redogjorde för', 'lyfte', 'diskuterade'];
const PEOPLE = ['Karin', 'Jonas', 'Sara', 'Mats', 'Lena', 'Ahmed', 'Eva', 'Peter', 'Maria', 'Tove'];
const SECTIONS: Section[] = ['beslut', 'information', 'information', 'diskussion', 'kortkort'];

const GROUP_ID = 'group-archive-history';

export function archiveHistory(meetingCount: number, itemsPerMeeting: number, seed = 11): ArchiveHistory {
  const random = seededRandom(seed);
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!;
  const group: Group = { id: GROUP_ID, teamId: '19:archive-history@thread.tacv2', name: 'Ledningsgruppen', tenantId: 't', createdAt: '2016-08-01T08:00:00.000Z', language: 'sv', version: '1' };
  const member: Member = { id: 'member-karin', groupId: GROUP_ID, userId: '29:karin', aadObjectId: 'aad-karin', name: 'Karin Holmgren', initials: 'KH', role: 'ledamot', membership: 'LG', version: '1' };
  const history: ArchiveHistory = { group, reader: { group, member }, meetings: [], items: [], minutes: [], versions: [], actions: [] };
  const firstMonday = Date.UTC(2026, 10, 23, 12) - (meetingCount - 1) * 7 * 86_400_000;
  for (let m = 0; m < meetingCount; m++) {
    const startsAt = new Date(firstMonday + m * 7 * 86_400_000).toISOString();
    const meeting: Meeting = {
      id: `history-meeting-${m}`, groupId: GROUP_ID, startsAt, endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(), place: 'Jupiter + Teams', online: true,
      agendaDeadline: startsAt, status: 'genomfort', createdAt: startsAt, version: '1',
    };
    history.meetings.push(meeting);
    const published: PublishedItem[] = [];
    for (let i = 0; i < itemsPerMeeting; i++) {
      const section = SECTIONS[i % SECTIONS.length]!;
      const subject = pick(SUBJECTS);
      const title = section === 'kortkort' ? `${pick(PEOPLE)}: ${subject.toLowerCase()} i ${pick(PLACES)}` : `${subject} ${pick(PLACES)} ${2010 + Math.floor(m / 40)}`;
      const item: AgendaItem = {
        id: `history-item-${m}-${i}`, meetingId: meeting.id, groupId: GROUP_ID, section, title, presenters: [], description: `Underlag om ${subject.toLowerCase()} för ${pick(PLACES)}.`,
        submittedByMemberId: member.id, submittedByName: member.name, submittedAt: startsAt, late: false, status: 'godkand', order: i, version: '1',
      };
      history.items.push(item);
      const notes = [
        `${pick(PEOPLE)} ${pick(VERBS)} ${subject.toLowerCase()} inom ${pick(PLACES)} och hur arbetet har gått sedan förra mötet.`,
        `Gruppen ${pick(VERBS)} frågan om ${pick(SUBJECTS).toLowerCase()} och vad det innebär för ${pick(PLACES)}. Ett underlag tas fram till nästa möte.`,
      ];
      const decisions = section === 'beslut' ? [`Ledningsgruppen beslutade att ${pick(['anta', 'avslå', 'återremittera'])} förslaget om ${subject.toLowerCase()} i ${pick(PLACES)}.`] : [];
      published.push({ itemId: item.id, number: i + 1, section, title, presenters: [], notes, decisions, links: [], followUps: [], actions: [] });
    }
    if (m % 2 === 0) {
      const due = new Date(Date.parse(startsAt) + 14 * 86_400_000).toISOString().slice(0, 10);
      history.actions.push({
        id: `history-action-${m}`, groupId: GROUP_ID, meetingId: meeting.id, itemId: published[0]!.itemId, what: `Sammanställ underlaget om ${published[0]!.title}.`,
        owner: { memberId: m % 4 === 0 ? member.id : 'member-other', name: m % 4 === 0 ? member.name : 'Lena Sjöberg' }, due, done: m < meetingCount - 20,
        createdAt: startsAt, createdBy: { name: 'Sara Lindqvist' }, updatedAt: startsAt,
      });
    }
    const parts: PublishedPart[] = [
      ...(['beslut', 'information', 'diskussion'] as const).map((s): PublishedPart => ({ kind: 'section', section: s, items: published.filter((p) => p.section === s) })),
      { kind: 'notices', number: itemsPerMeeting + 1, items: published.filter((p) => p.section === 'kortkort') },
    ];
    const snapshot: MinutesSnapshot = { groupName: group.name, meeting: { startsAt, endsAt: meeting.endsAt, place: meeting.place }, attendance: [], parts };
    history.versions.push({ meetingId: meeting.id, groupId: GROUP_ID, number: 1, publishedAt: meeting.endsAt, publishedBy: { name: 'Sara Lindqvist' }, snapshot });
    history.minutes.push({
      meetingId: meeting.id, groupId: GROUP_ID, state: 'published', attendance: [], publishedVersion: 1, createdAt: startsAt, updatedAt: meeting.endsAt, updatedBy: { name: 'Sara Lindqvist' },
    });
  }
  return history;
}

const entriesOf = (history: ArchiveHistory) => {
  const byMeeting = new Map<string, AgendaItem[]>();
  for (const item of history.items) byMeeting.set(item.meetingId, [...(byMeeting.get(item.meetingId) ?? []), item]);
  return history.meetings.map((meeting, n) => buildEntry({ meeting, items: byMeeting.get(meeting.id) ?? [], published: { number: 1, snapshot: history.versions[n]!.snapshot }, indexedAt: history.versions[n]!.publishedAt }));
};

/** Through the store's repositories, as the app would have written it. */
export async function storeHistory(store: Store, history: ArchiveHistory): Promise<void> {
  await store.groups.createIfAbsent(history.group);
  await store.members.add(history.reader.member);
  for (const meeting of history.meetings) await store.meetings.add(meeting);
  for (const item of history.items) await store.items.add(item);
  for (const minutes of history.minutes) await store.minutes.createIfAbsent(minutes);
  for (const version of history.versions) await store.minutesVersions.add(version);
  for (const action of history.actions) await store.actions.add(action);
  for (const entry of entriesOf(history)) await store.archiveIndex.put(entry, undefined);
}

/** Straight into the emulator's lists, with the store's own field mappings. */
export function seedHistory(graph: GraphEmulator, history: ArchiveHistory): void {
  const list = (key: ListKey): string => LISTS.find((l) => l.key === key)!.displayName;
  graph.site.seedItems(list('meetings'), history.meetings.map(meetingFields));
  graph.site.seedItems(list('items'), history.items.map(itemFields));
  graph.site.seedItems(list('minutes'), history.minutes.map(minutesFields));
  graph.site.seedItems(list('minutesVersions'), history.versions.map(versionFields));
  graph.site.seedItems(list('actions'), history.actions.map(actionFields));
  graph.site.seedItems(list('archiveIndex'), entriesOf(history).map(entryFields));
}
