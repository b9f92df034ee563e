import type { NewArchiveEntry } from '../../bot/src/domain/archive/entry';
import type { Meeting } from '../../bot/src/domain/model';
import { VersionConflictError, type Store } from '../../bot/src/domain/storage';

/**
 * What the archive's index relies on, on every store: one entry per meeting, written
 * once new and then only from the version read, every field kept (documents with
 * å/ä/ö, line breaks and long notes), listed by group, and by when it was written so a
 * reader fetches only what changed. Part of the store contract; each test works in its own group.
 */
let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}-${++counter}`;

function entryOf(meeting: Meeting, extra: Partial<NewArchiveEntry> = {}): NewArchiveEntry {
  return {
    groupId: meeting.groupId, meetingId: meeting.id, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, status: 'genomfort',
    publishedVersion: 2, versions: 2, indexedAt: '2026-11-12T09:00:00.000Z',
    docs: [
      { itemId: 'item-1', number: 1, section: 'beslut', title: 'Budgetvolymer förskola 2027', description: 'Underlag från förvaltningen.', notes: ['Förslaget presenterades.', 'Gruppen diskuterade – "tydligare" formuleringar 😊\nEn rad till.'], decisions: ['Ledningsgruppen godkände förslaget.'], version: 2 },
      { itemId: 'item-2', section: 'kortkort', title: 'Glöm inte konferensen', notes: [], decisions: [] },
    ],
    ...extra,
  };
}

export function describeArchiveContract(store: () => Store, group: () => Promise<string>): void {
  const meeting = async (groupId: string, startsAt = '2026-11-10T12:00:00.000Z'): Promise<Meeting> =>
    store().meetings.add({
      id: unique('meeting'), groupId, startsAt, endsAt: startsAt.replace('T12', 'T15'), place: 'Jupiter + Teams', online: true,
      agendaDeadline: '2026-11-05T11:00:00.000Z', status: 'genomfort', createdAt: '2026-10-20T09:00:00.000Z',
    });

  describe('archive index', () => {
    it('writes a meeting\'s entry once new, keeps every field, and then only from the version read', async () => {
      const held = await meeting(await group());
      const created = await store().archiveIndex.put(entryOf(held), undefined);
      expect(await store().archiveIndex.get(held.id)).toEqual(created);
      expect(created).toMatchObject(entryOf(held));
      await expect(store().archiveIndex.put(entryOf(held), undefined)).rejects.toBeInstanceOf(VersionConflictError);
      const updated = await store().archiveIndex.put(entryOf(held, { publishedVersion: 3, versions: 3, indexedAt: '2026-11-13T09:00:00.000Z', docs: [] }), created.version);
      expect(updated.version).not.toBe(created.version);
      expect(await store().archiveIndex.get(held.id)).toEqual(updated);
      await expect(store().archiveIndex.put(entryOf(held), created.version)).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().archiveIndex.get(unique('none'))).toBeUndefined();
    });

    it('keeps documents far longer than one SharePoint note column', async () => {
      const held = await meeting(await group());
      const long = Array.from({ length: 12 }, (_, n) => `Stycke ${n}: ${'Åsa och Örjan diskuterade skolgårdsmiljön. '.repeat(300)}`);
      const entry = entryOf(held, { docs: [{ itemId: 'item-1', section: 'diskussion', title: 'Lång punkt', notes: long, decisions: [], version: 1 }] });
      expect(JSON.stringify(entry.docs).length).toBeGreaterThan(100_000);
      await store().archiveIndex.put(entry, undefined);
      expect((await store().archiveIndex.get(held.id))!.docs).toEqual(entry.docs);
    });

    it('lists a group\'s entries oldest first, and only those written since an instant', async () => {
      const groupId = await group();
      const [early, late] = [await meeting(groupId, '2026-09-01T12:00:00.000Z'), await meeting(groupId, '2026-11-10T12:00:00.000Z')];
      const elsewhere = await meeting(await group());
      await store().archiveIndex.put(entryOf(late, { indexedAt: '2026-11-20T10:00:00.000Z' }), undefined);
      await store().archiveIndex.put(entryOf(early, { indexedAt: '2026-11-20T08:00:00.000Z' }), undefined);
      await store().archiveIndex.put(entryOf(elsewhere, { indexedAt: '2026-11-20T10:00:00.000Z' }), undefined);
      expect((await store().archiveIndex.listByGroup(groupId)).map((e) => e.meetingId)).toEqual([early.id, late.id]);
      expect((await store().archiveIndex.listChangedSince(groupId, '2026-11-20T09:00:00.000Z')).map((e) => e.meetingId)).toEqual([late.id]);
      expect((await store().archiveIndex.listChangedSince(groupId, '2026-11-20T10:00:00.000Z')).map((e) => e.meetingId)).toEqual([late.id]);
      expect(await store().archiveIndex.listChangedSince(groupId, '2026-11-20T10:00:00.001Z')).toEqual([]);
    });
  });
}
