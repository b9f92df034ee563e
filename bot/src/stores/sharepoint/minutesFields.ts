import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesVersion } from '../../domain/minutes/model';
import type { New } from '../../domain/storage';
import { versionOf, type Fields, type StoredItem } from './listClient';
import { SNAPSHOT_CHUNK, SNAPSHOT_COLUMNS } from './schema';

/** The minutes' records ↔ list item fields; lists and nested records travel as JSON in note columns. */

const str = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
const opt = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const parsed = <T>(value: unknown, fallback: T): T => (typeof value === 'string' && value !== '' ? (JSON.parse(value) as T) : fallback);

export const minutesFields = (m: New<Minutes>): Fields => ({
  RecordId: m.meetingId, Title: m.meetingId, GroupId: m.groupId, State: m.state, Attendance: JSON.stringify(m.attendance), TakenBy: m.takenBy ? JSON.stringify(m.takenBy) : null,
  PublishedVersion: m.publishedVersion, CorrectionReason: m.correctionReason ?? null, CreatedAt: m.createdAt, UpdatedAt: m.updatedAt, UpdatedBy: JSON.stringify(m.updatedBy),
});
export const minutesFrom = (item: StoredItem): Minutes => {
  const f = item.fields;
  return {
    meetingId: str(f.RecordId), groupId: str(f.GroupId), state: str(f.State) as Minutes['state'], attendance: parsed(f.Attendance, []), takenBy: parsed(f.TakenBy, undefined),
    publishedVersion: typeof f.PublishedVersion === 'number' ? f.PublishedVersion : 0, correctionReason: opt(f.CorrectionReason), createdAt: str(f.CreatedAt),
    updatedAt: str(f.UpdatedAt), updatedBy: parsed(f.UpdatedBy, { name: '' }), version: versionOf(item),
  };
};

export const itemMinutesFields = (i: New<ItemMinutes>): Fields => ({
  RecordId: i.itemId, Title: i.itemId, MeetingId: i.meetingId, GroupId: i.groupId, Notes: JSON.stringify(i.notes), Decisions: JSON.stringify(i.decisions),
  Links: JSON.stringify(i.links), UpdatedAt: i.updatedAt, UpdatedBy: JSON.stringify(i.updatedBy),
});
export const itemMinutesFrom = (item: StoredItem): ItemMinutes => {
  const f = item.fields;
  return {
    itemId: str(f.RecordId), meetingId: str(f.MeetingId), groupId: str(f.GroupId), notes: parsed(f.Notes, []), decisions: parsed(f.Decisions, []), links: parsed(f.Links, []),
    updatedAt: str(f.UpdatedAt), updatedBy: parsed(f.UpdatedBy, { name: '' }), version: versionOf(item),
  };
};

/** Title is a single line of 255 characters: the start of what is to be done, for people browsing the list. */
const titleOf = (what: string): string => {
  const line = what.split('\n')[0]!;
  return line.length > 250 ? `${line.slice(0, 250)}…` : line;
};

export const actionFields = (a: New<MinutesAction>): Fields => ({
  RecordId: a.id, Title: titleOf(a.what), GroupId: a.groupId, MeetingId: a.meetingId, ItemId: a.itemId, What: a.what, OwnerMemberId: a.owner.memberId ?? null,
  OwnerName: a.owner.name, Due: a.due ?? null, Done: a.done, CreatedAt: a.createdAt, CreatedBy: JSON.stringify(a.createdBy), UpdatedAt: a.updatedAt,
});
export const actionFrom = (item: StoredItem): MinutesAction => {
  const f = item.fields;
  const memberId = opt(f.OwnerMemberId);
  return {
    id: str(f.RecordId), groupId: str(f.GroupId), meetingId: str(f.MeetingId), itemId: str(f.ItemId), what: str(f.What), owner: { ...(memberId ? { memberId } : {}), name: str(f.OwnerName) },
    due: opt(f.Due), done: f.Done === true, createdAt: str(f.CreatedAt), createdBy: parsed(f.CreatedBy, { name: '' }), updatedAt: str(f.UpdatedAt), version: versionOf(item),
  };
};

export const followUpFields = (x: New<FollowUp>): Fields => ({
  RecordId: x.id, Title: x.itemId, GroupId: x.groupId, MeetingId: x.meetingId, ItemId: x.itemId, TargetMeetingId: x.targetMeetingId, AgendaItemId: x.agendaItemId,
  CreatedAt: x.createdAt, CreatedBy: JSON.stringify(x.createdBy),
});
export const followUpFrom = (item: StoredItem): FollowUp => {
  const f = item.fields;
  return {
    id: str(f.RecordId), groupId: str(f.GroupId), meetingId: str(f.MeetingId), itemId: str(f.ItemId), targetMeetingId: str(f.TargetMeetingId), agendaItemId: str(f.AgendaItemId),
    createdAt: str(f.CreatedAt), createdBy: parsed(f.CreatedBy, { name: '' }), version: versionOf(item),
  };
};

export const versionRecordId = (meetingId: string, number: number): string => `${meetingId}#${number}`;

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/** JSON cut into `<prefix>1…<prefix>8` note columns, each under SharePoint's limit for a note, never inside a character. */
export function chunkCells(json: string, prefix: string, what: string): Fields {
  const cells: Fields = {};
  let start = 0;
  for (let n = 0; n < SNAPSHOT_COLUMNS; n++) {
    let end = Math.min(start + SNAPSHOT_CHUNK, json.length);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    cells[`${prefix}${n + 1}`] = end > start ? json.slice(start, end) : null;
    start = end;
  }
  if (start < json.length) throw new Error(`${what} of ${json.length} characters does not fit the list's ${SNAPSHOT_COLUMNS} ${prefix} columns`);
  return cells;
}

/** The JSON the chunk columns hold, joined again. */
export const chunkedJson = (f: Fields, prefix: string): string => Array.from({ length: SNAPSHOT_COLUMNS }, (_, n) => str(f[`${prefix}${n + 1}`])).join('');

/** The snapshot's JSON cut into the snapshot columns. */
export const snapshotCells = (json: string): Fields => chunkCells(json, 'Snapshot', 'a published version');

export const versionFields = (v: MinutesVersion): Fields => ({
  RecordId: versionRecordId(v.meetingId, v.number), Title: `${v.number}`, GroupId: v.groupId, MeetingId: v.meetingId, Number: v.number, PublishedAt: v.publishedAt,
  PublishedBy: JSON.stringify(v.publishedBy), Reason: v.reason ?? null, ...snapshotCells(JSON.stringify(v.snapshot)),
});
export const versionFrom = (item: StoredItem): MinutesVersion => {
  const f = item.fields;
  const json = Array.from({ length: SNAPSHOT_COLUMNS }, (_, n) => str(f[`Snapshot${n + 1}`])).join('');
  const reason = opt(f.Reason);
  return {
    meetingId: str(f.MeetingId), groupId: str(f.GroupId), number: typeof f.Number === 'number' ? f.Number : 0, publishedAt: str(f.PublishedAt),
    publishedBy: parsed(f.PublishedBy, { name: '' }), ...(reason ? { reason } : {}), snapshot: JSON.parse(json) as MinutesVersion['snapshot'],
  };
};
