import type { Meeting } from '../../bot/src/domain/model';
import type { NewOutboxEntry } from '../../bot/src/domain/outbox';
import { DEFAULT_REMINDERS } from '../../bot/src/domain/reminders';
import { VersionConflictError, type New, type Store } from '../../bot/src/domain/storage';

/**
 * What the scheduler relies on, on every store: an outbox whose keys are unique and
 * whose claims one process wins, a reminder plan per group from the version read,
 * a person's personal chat and its undeliverable mark, and every group's meetings
 * by their start. Part of the store contract; each test works in its own group.
 */
let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}-${++counter}`;

function newEntry(groupId: string, extra: Partial<NewOutboxEntry> = {}): NewOutboxEntry {
  const key = unique('reminder/meetingReminder');
  return {
    id: crypto.randomUUID(), key, groupId, kind: 'meetingReminder', target: { kind: 'conversation', conversationId: unique('19:channel') },
    message: { type: 'card', card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Påminnelse: mötet är tisdag 8 december kl. 13.00, Jupiter + Teams.' }] }, summary: 'Påminnelse: möte tisdag 8 december kl. 13.00' },
    notBefore: '2026-12-07T12:00:00.000Z', usefulUntil: '2026-12-08T12:00:00.000Z', createdAt: '2026-12-07T12:00:00.000Z', ...extra,
  };
}

export function describeOutboxContract(store: () => Store, group: () => Promise<string>): void {
  describe('outbox', () => {
    it('queues an entry once per key, however many enqueue it at the same time', async () => {
      const groupId = await group();
      const entry = newEntry(groupId);
      const results = await Promise.all([1, 2, 3].map((n) => store().outbox.enqueue({ ...entry, id: `${entry.id.slice(0, 30)}-${n}` })));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
      const [stored] = await store().outbox.listByGroup(groupId);
      expect(stored).toMatchObject({ key: entry.key, state: 'pending', attempts: 0, target: entry.target, message: entry.message, usefulUntil: entry.usefulUntil });
      expect(await store().outbox.findByKey(entry.key)).toEqual(stored);
      expect(await store().outbox.get(stored!.id)).toEqual(stored);
      expect(await store().outbox.existingKeys([entry.key, unique('absent')])).toEqual(new Set([entry.key]));
    });

    it('lists what is due: pending entries whose time has come, and claims whose lease ran out', async () => {
      const groupId = await group();
      const now = '2026-12-07T12:00:00.000Z';
      const { entry: due } = await store().outbox.enqueue(newEntry(groupId));
      await store().outbox.enqueue(newEntry(groupId, { notBefore: '2026-12-07T12:00:01.000Z' }));
      const { entry: stuck } = await store().outbox.enqueue(newEntry(groupId));
      const { entry: held } = await store().outbox.enqueue(newEntry(groupId));
      await store().outbox.enqueue(newEntry(groupId, { state: 'skipped', reason: 'tooLate' }));
      await store().outbox.claim(stuck, 'a process that died', '2026-12-07T11:59:00.000Z', '2026-12-07T11:57:00.000Z');
      await store().outbox.claim(held, 'a process still at work', '2026-12-07T12:01:00.000Z', '2026-12-07T11:59:30.000Z');
      const listed = (await store().outbox.listDue(now)).filter((e) => e.groupId === groupId);
      expect(listed.map((e) => e.id).sort()).toEqual([due.id, stuck.id].sort());
    });

    it('gives a claim to exactly one of several processes, and an outcome only to the holder', async () => {
      const groupId = await group();
      const { entry } = await store().outbox.enqueue(newEntry(groupId));
      const claims = await Promise.all(['a', 'b', 'c'].map((owner) => store().outbox.claim(entry, owner, '2026-12-07T12:02:00.000Z', '2026-12-07T12:00:00.000Z')));
      const won = claims.filter((c) => c !== undefined);
      expect(won).toHaveLength(1);
      const winner = won[0]!;
      expect(await store().outbox.get(entry.id)).toMatchObject({ state: 'claimed', claimedBy: winner.claimedBy, leaseUntil: '2026-12-07T12:02:00.000Z' });

      await expect(store().outbox.update({ ...entry, state: 'sent' })).rejects.toBeInstanceOf(VersionConflictError);
      const sent = await store().outbox.update({ ...winner, state: 'sent', attempts: 1, sentAt: '2026-12-07T12:00:01.000Z', activityId: '1:abc', leaseUntil: undefined, updatedAt: '2026-12-07T12:00:01.000Z' });
      expect(await store().outbox.get(entry.id)).toEqual(sent);
      expect(sent).toMatchObject({ state: 'sent', activityId: '1:abc', attempts: 1 });
      expect(sent.leaseUntil).toBeUndefined();
      expect(await store().outbox.claim(winner, 'late', '2026-12-07T12:05:00.000Z', '2026-12-07T12:03:00.000Z')).toBeUndefined();
    });
  });

  describe('reminder plans', () => {
    const later = { ...DEFAULT_REMINDERS, meetingReminder: { enabled: true, daysBefore: 2, time: { hour: 15, minute: 30 } } };

    it('keeps one plan per group, changed only from the version read', async () => {
      const groupId = await group();
      expect(await store().reminderPlans.get(groupId)).toBeUndefined();
      const first = await store().reminderPlans.save({ groupId, settings: later, updatedAt: '2026-11-22T09:00:00.000Z' }, undefined);
      expect(await store().reminderPlans.get(groupId)).toEqual(first);
      await expect(store().reminderPlans.save({ groupId, settings: DEFAULT_REMINDERS, updatedAt: '2026-11-22T09:01:00.000Z' }, undefined)).rejects.toBeInstanceOf(VersionConflictError);
      const off = { ...later, agendaCall: { ...later.agendaCall, enabled: false } };
      const second = await store().reminderPlans.save({ groupId, settings: off, updatedAt: '2026-11-22T09:02:00.000Z' }, first.version);
      await expect(store().reminderPlans.save({ groupId, settings: later, updatedAt: '2026-11-22T09:03:00.000Z' }, first.version)).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().reminderPlans.get(groupId)).toEqual(second);
      expect(second.settings.agendaCall.enabled).toBe(false);
    });
  });

  describe('conversations the bot writes to on its own', () => {
    const reference = (id: string) => ({ serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id }, bot: { id: '28:bot' } });

    it('finds a person\'s personal chats, latest first, and keeps who and which language when saved again', async () => {
      const userId = unique('29:person');
      const older = unique('a:older');
      const newer = unique('a:newer');
      await store().conversations.save({ conversationId: older, scope: 'personal', reference: reference(older), userId, language: 'en', updatedAt: '2026-11-20T09:00:00.000Z' });
      await store().conversations.save({ conversationId: newer, scope: 'personal', reference: reference(newer), userId, updatedAt: '2026-11-22T09:00:00.000Z' });
      expect((await store().conversations.listPersonal(userId)).map((c) => c.conversationId)).toEqual([newer, older]);
      const again = await store().conversations.save({ conversationId: older, scope: 'personal', reference: reference(older), updatedAt: '2026-11-23T09:00:00.000Z' });
      expect(again).toMatchObject({ userId, language: 'en' });
      expect(await store().conversations.listPersonal(unique('29:nobody'))).toEqual([]);
    });

    it('marks a conversation Teams refused, until its reference is saved again', async () => {
      const id = unique('19:channel');
      const groupId = await group();
      await store().conversations.save({ conversationId: id, scope: 'team', groupId, reference: reference(id), updatedAt: '2026-11-22T09:00:00.000Z' });
      await store().conversations.markUndeliverable(id, { since: '2026-12-01T08:00:00.000Z', reason: '403 BotDisabledByAdmin' });
      expect((await store().conversations.get(id))?.undeliverable).toEqual({ since: '2026-12-01T08:00:00.000Z', reason: '403 BotDisabledByAdmin' });
      await store().conversations.save({ conversationId: id, scope: 'team', reference: reference(id), updatedAt: '2026-12-02T08:00:00.000Z' });
      expect((await store().conversations.get(id))?.undeliverable).toBeUndefined();
      expect((await store().conversations.get(id))?.groupId).toBe(groupId);
    });
  });

  describe('meetings for the scheduler', () => {
    it('finds every group\'s meetings by their start, with the link and the confirmation they carry', async () => {
      // A day of its own, far ahead, so other tests' meetings never fall in the range.
      const day = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86400_000);
      const at = (hours: number): string => new Date(day.getTime() + hours * 3600_000).toISOString();
      const meeting = (groupId: string, start: string, extra: Partial<Meeting> = {}): New<Meeting> => ({
        id: unique('meeting'), groupId, startsAt: start, endsAt: new Date(Date.parse(start) + 3 * 3600_000).toISOString(), place: 'Jupiter', online: false,
        agendaDeadline: start, status: 'planerat', createdAt: '2026-11-22T09:00:00.000Z', ...extra,
      });
      const [a, b] = [await group(), await group()];
      const first = await store().meetings.add(meeting(a, at(12), { joinLink: 'https://teams.microsoft.com/l/meetup-join/x', agendaConfirmedAt: at(-48) }));
      const second = await store().meetings.add(meeting(b, at(36)));
      await store().meetings.add(meeting(a, at(60)));
      const found = await store().meetings.listStartingBetween(at(12), at(60));
      expect(found.map((m) => m.id)).toEqual([first.id, second.id]);
      expect(found[0]).toMatchObject({ joinLink: 'https://teams.microsoft.com/l/meetup-join/x', agendaConfirmedAt: at(-48) });
    });
  });
}
