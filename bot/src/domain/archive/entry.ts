import { buildAgendaView } from '../agenda';
import type { MinutesSnapshot } from '../minutes/model';
import type { AgendaItem, Meeting, MeetingStatus, Section, Versioned } from '../model';

/**
 * What the archive keeps of one meeting: its header, how far its minutes have come,
 * and its searchable documents, one per agenda item. Notes and decisions come only
 * from the latest published version (drafts are the chair's and the secretary's);
 * a meeting without published minutes contributes its items' titles and descriptions.
 */
export interface ArchiveDoc {
  itemId: string;
  number?: number;
  section: Section;
  title: string;
  description?: string;
  notes: string[];
  decisions: string[];
  /** The published version the notes and decisions are from; absent before publication. */
  version?: number;
}

export interface ArchiveEntry extends Versioned {
  groupId: string;
  meetingId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  status: MeetingStatus;
  /** The latest published version; 0 when none is. */
  publishedVersion: number;
  /** How many versions are kept. */
  versions: number;
  /** When the entry was written (UTC): readers in other processes pick up what changed since they last looked. */
  indexedAt: string;
  docs: ArchiveDoc[];
}

export type NewArchiveEntry = Omit<ArchiveEntry, 'version'>;

export interface EntryMaterial {
  meeting: Meeting;
  items: AgendaItem[];
  /** The latest published version's number and snapshot, when there is one. */
  published?: { number: number; snapshot: MinutesSnapshot };
  indexedAt: string;
}

/** The meeting's entry, from its agenda and its latest published minutes. */
export function buildEntry({ meeting, items, published, indexedAt }: EntryMaterial): NewArchiveEntry {
  const header = {
    groupId: meeting.groupId, meetingId: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, status: meeting.status,
    publishedVersion: published?.number ?? 0, versions: published?.number ?? 0, indexedAt,
  };
  const descriptions = new Map(items.map((i) => [i.id, i.description]));
  if (published) {
    const docs = published.snapshot.parts.flatMap((part) => part.items).map((item): ArchiveDoc => {
      const description = descriptions.get(item.itemId);
      return {
        itemId: item.itemId, ...(item.number !== undefined ? { number: item.number } : {}), section: item.section, title: item.title,
        ...(description ? { description } : {}), notes: item.notes, decisions: item.decisions, version: published.number,
      };
    });
    return { ...header, docs };
  }
  const view = buildAgendaView(meeting, items);
  const docs = view.parts.flatMap((part) => part.items).map((item): ArchiveDoc => ({
    itemId: item.id, ...(view.numbers.has(item.id) ? { number: view.numbers.get(item.id)! } : {}), section: item.section, title: item.title,
    ...(item.description ? { description: item.description } : {}), notes: [], decisions: [],
  }));
  return { ...header, docs };
}
