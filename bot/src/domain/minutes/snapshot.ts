import type { AgendaView } from '../agenda';
import type { AgendaItem, Meeting } from '../model';
import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesSnapshot, PublishedItem, PublishedPart } from './model';

/** What the minutes of a meeting are made of, read from the store. */
export interface MinutesMaterial {
  groupName: string;
  /** The meeting's agenda: its items in order, numbered as the agenda card numbers them. */
  view: AgendaView;
  /** The header as written, or as proposed before anything is. */
  minutes?: Pick<Minutes, 'attendance' | 'takenBy'>;
  items: ItemMinutes[];
  actions: MinutesAction[];
  followUps: FollowUp[];
  /** The later meetings the follow-ups went to. */
  targets: Map<string, Meeting>;
}

const byItem = <T extends { itemId: string }>(records: T[]): Map<string, T[]> => {
  const grouped = new Map<string, T[]>();
  for (const record of records) grouped.set(record.itemId, [...(grouped.get(record.itemId) ?? []), record]);
  return grouped;
};

/**
 * The minutes laid out as the group reads them: the header, the attendance, and the
 * agenda's items in the agenda's order and numbers, each with its notes, decisions,
 * links, follow-ups and actions. Published versions keep exactly this.
 */
export function buildSnapshot(material: MinutesMaterial): MinutesSnapshot {
  const { view, minutes } = material;
  const notes = new Map(material.items.map((i) => [i.itemId, i]));
  const actions = byItem(material.actions);
  const followUps = byItem(material.followUps);
  const published = (item: AgendaItem): PublishedItem => {
    const written = notes.get(item.id);
    return {
      itemId: item.id,
      ...(view.numbers.has(item.id) ? { number: view.numbers.get(item.id)! } : {}),
      section: item.section,
      title: item.title,
      presenters: item.presenters,
      notes: written?.notes ?? [],
      decisions: written?.decisions ?? [],
      links: written?.links ?? [],
      followUps: (followUps.get(item.id) ?? []).flatMap((f) => {
        const target = material.targets.get(f.targetMeetingId);
        return target ? [{ targetMeetingId: target.id, startsAt: target.startsAt }] : [];
      }),
      actions: (actions.get(item.id) ?? [])
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((a) => ({ id: a.id, what: a.what, owner: a.owner, ...(a.due ? { due: a.due } : {}) })),
    };
  };
  const parts = view.parts.map((part): PublishedPart => {
    const items = part.items.map(published);
    if (part.kind === 'notices') return { kind: 'notices', number: view.noticesNumber, items };
    if (part.kind === 'section') return { kind: 'section', section: part.section, items };
    return { kind: 'fixed', items };
  });
  return {
    groupName: material.groupName,
    meeting: { startsAt: view.meeting.startsAt, endsAt: view.meeting.endsAt, place: view.meeting.place },
    attendance: minutes?.attendance ?? [],
    ...(minutes?.takenBy ? { takenBy: minutes.takenBy } : {}),
    parts,
  };
}

/** The snapshot as a guest may read it: the header and the items they present, nothing else. */
export function guestSnapshot(snapshot: MinutesSnapshot, memberId: string): MinutesSnapshot {
  const theirs = (item: PublishedItem): boolean => item.presenters.some((p) => p.memberId === memberId);
  return {
    groupName: snapshot.groupName,
    meeting: snapshot.meeting,
    attendance: [],
    parts: snapshot.parts.map((part) => ({ ...part, items: part.items.filter(theirs) })).filter((part) => part.items.length > 0),
  };
}
