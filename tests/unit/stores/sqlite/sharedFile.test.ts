import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../../../bot/src/stores/sqlite/sqliteStore';

/**
 * Two connections to one SQLite file behave like two processes (a second server, the
 * one-pass reminders command): both open it, and what one writes the other reads,
 * even where it keeps parsed results between reads. A store looks for other
 * processes' commits once per turn of the event loop, as each request is one.
 */
const nextRequest = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
describe('one SQLite file, two stores', () => {
  let dir: string;
  let first: SqliteStore;
  let second: SqliteStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-shared-'));
    first = SqliteStore.open(path.join(dir, 'shared.db'));
    second = SqliteStore.open(path.join(dir, 'shared.db'));
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sees the other\'s writes in everything it caches', async () => {
    const { group } = await first.groups.createIfAbsent({ id: '19:lg', teamId: '19:lg', name: 'Ledningsgruppen', createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' });
    const member = await first.members.add({ id: 'm1', groupId: group.id, userId: '29:sara', name: 'Sara Lindqvist', initials: 'SL', role: 'sekreterare', membership: 'LG' });
    const meeting = await first.meetings.add({ id: 'meeting-1', groupId: group.id, startsAt: '2026-12-08T12:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', place: 'Jupiter', online: false, agendaDeadline: '2026-12-03T11:00:00.000Z', status: 'planerat', createdAt: '2026-11-22T09:00:00.000Z' });
    // The second store reads everything once, so its caches hold it.
    expect((await second.groups.get(group.id))?.name).toBe('Ledningsgruppen');
    expect(await second.members.listByPerson('29:sara')).toHaveLength(1);
    expect(await second.meetings.listByGroup(group.id)).toHaveLength(1);
    expect(await second.items.listByMeeting(meeting.id)).toHaveLength(0);

    await first.groups.update({ ...group, name: 'Ledningsgruppen Norr' });
    await first.members.update({ ...member, role: 'ordforande' });
    await first.meetings.update({ ...meeting, place: 'Marina Plaza' });
    await first.items.add({
      id: 'item-1', meetingId: meeting.id, groupId: group.id, section: 'information', title: 'Budget 2027', presenters: [], submittedByMemberId: 'm1',
      submittedByName: 'Sara Lindqvist', submittedAt: '2026-11-23T09:00:00.000Z', late: false, status: 'anmald', order: 1,
    });
    await first.conversations.save({ conversationId: 'a:sara', scope: 'personal', reference: {}, userId: '29:sara', updatedAt: '2026-11-23T09:00:00.000Z' });
    expect((await second.conversations.get('a:sara'))?.undeliverable).toBeUndefined();
    await first.conversations.markUndeliverable('a:sara', { since: '2026-12-01T08:00:00.000Z', reason: '403 Forbidden' });

    await nextRequest();
    expect((await second.conversations.get('a:sara'))?.undeliverable?.reason).toBe('403 Forbidden');
    expect((await second.groups.get(group.id))?.name).toBe('Ledningsgruppen Norr');
    expect((await second.groups.getByTeamId('19:lg'))?.name).toBe('Ledningsgruppen Norr');
    expect((await second.members.listByPerson('29:sara'))[0]?.role).toBe('ordforande');
    expect((await second.meetings.listByGroup(group.id))[0]?.place).toBe('Marina Plaza');
    expect((await second.items.listByMeeting(meeting.id)).map((i) => i.title)).toEqual(['Budget 2027']);
  });

  it('lets a write wait for the other\'s instead of failing', async () => {
    await first.groups.createIfAbsent({ id: '19:a', teamId: '19:a', name: 'A', createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' });
    const writes = Array.from({ length: 50 }, (_, n) => (n % 2 === 0 ? first : second).groups.createIfAbsent({ id: `19:g${n}`, teamId: `19:g${n}`, name: `Grupp ${n}`, createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' }));
    expect((await Promise.all(writes)).every((r) => r.created)).toBe(true);
  });
});
