import { ActorResolver } from '../../../bot/src/app/actors';
import { DEFAULT_DISPATCH, Dispatcher } from '../../../bot/src/app/outbox/dispatcher';
import type { ProactiveSender, SendResult, SendTarget } from '../../../bot/src/app/outbox/proactiveSender';
import { RateLimiter, TEAMS_CONVERSATION_WINDOWS } from '../../../bot/src/app/outbox/rateLimiter';
import type { OutboxEntry } from '../../../bot/src/domain/outbox';
import { createLogger } from '../../../bot/src/log/logger';
import { createWorld, type World } from '../domain/fixtures';

/** Records what it is asked to send; `answer` decides each send's fate (a promise that never settles is a send in flight at a kill). */
class FakeSender implements ProactiveSender {
  readonly sent: string[] = [];
  constructor(private readonly answer: (target: SendTarget, n: number) => Promise<SendResult> = async () => ({ outcome: 'sent', activityId: 'a' })) {}
  send(target: SendTarget): Promise<SendResult> {
    const conversation = target.kind === 'conversation' ? target.conversationId : target.userId;
    this.sent.push(conversation);
    return this.answer(target, this.sent.length);
  }
  update(): Promise<SendResult> {
    throw new Error('not used');
  }
}

const CONCURRENCY = 3;

describe('the outbox dispatcher', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.store.close());

  const dispatcher = (sender: ProactiveSender, owner: string): Dispatcher =>
    new Dispatcher(
      {
        services: world.services,
        actors: new ActorResolver(world.services),
        sender,
        limiter: new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 1000, ms: 1000 }] }),
        log: createLogger('silent'),
        sleep: async () => undefined,
      },
      { ...DEFAULT_DISPATCH, owner, concurrency: CONCURRENCY },
    );

  /** One reminder for each of `count` channels, due now. */
  async function enqueue(count: number): Promise<void> {
    const now = world.clock.now().toISOString();
    for (let n = 0; n < count; n++) {
      const conversationId = `19:channel-${n}@thread.tacv2`;
      await world.store.conversations.save({ conversationId, scope: 'team', groupId: world.group.id, reference: { conversation: { id: conversationId } }, updatedAt: now });
      await world.store.outbox.enqueue({
        id: `entry-${n}`, key: `test/${n}`, groupId: world.group.id, kind: 'meetingReminder', target: { kind: 'conversation', conversationId },
        message: { type: 'text', text: `Påminnelse ${n}` }, notBefore: now, usefulUntil: '2026-12-08T12:00:00.000Z', createdAt: now,
      });
    }
  }

  const states = async (): Promise<Record<string, number>> => {
    const all = await world.store.outbox.listByGroup(world.group.id);
    return all.reduce<Record<string, number>>((count, e) => ({ ...count, [e.state]: (count[e.state] ?? 0) + 1 }), {});
  };
  const due = (): Promise<OutboxEntry[]> => world.store.outbox.listDue(world.clock.now().toISOString());

  it('leaves no more entries claimed than sends in flight when the process stops, and the next pass sends those again', async () => {
    await enqueue(20);
    // Five sends are answered; then Teams never answers again, as if the process had died mid-send.
    const stalled = new FakeSender((_target, n) => (n <= 5 ? Promise.resolve({ outcome: 'sent', activityId: `a${n}` }) : new Promise<SendResult>(() => undefined)));
    void dispatcher(stalled, 'first').drain(await due());
    while (stalled.sent.length < 5 + CONCURRENCY) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await states()).toEqual({ sent: 5, claimed: CONCURRENCY, pending: 20 - 5 - CONCURRENCY });

    // The lease keeps another pass away for a while…
    const second = new FakeSender();
    expect((await due()).filter((e) => e.state === 'claimed')).toHaveLength(0);
    // …then the next pass sends everything still owed, counting what it took over from the stopped one.
    world.clock.set(new Date(world.clock.now().getTime() + DEFAULT_DISPATCH.leaseMs).toISOString());
    const outcomes = await dispatcher(second, 'second').drain(await due());
    expect(outcomes.filter((o) => o.result === 'sent')).toHaveLength(15);
    expect(outcomes.filter((o) => o.takenOver)).toHaveLength(CONCURRENCY);
    expect(await states()).toEqual({ sent: 20 });
    const everyone = new Set([...stalled.sent, ...second.sent]);
    expect(everyone.size).toBe(20);
    // Only the sends in flight at the stop can have gone out twice.
    expect(stalled.sent.length + second.sent.length - everyone.size).toBe(CONCURRENCY);
  });

  it('sends each entry once when two processes drain the same outbox at the same time', async () => {
    await enqueue(30);
    const a = new FakeSender();
    const b = new FakeSender();
    const [seenByA, seenByB] = [await due(), await due()];
    const [first, second] = await Promise.all([dispatcher(a, 'a').drain(seenByA), dispatcher(b, 'b').drain(seenByB)]);
    expect(a.sent.length + b.sent.length).toBe(30);
    expect(new Set([...a.sent, ...b.sent]).size).toBe(30);
    expect([...first, ...second].filter((o) => o.result === 'takenByOther')).toHaveLength(30);
    expect(await states()).toEqual({ sent: 30 });
  });

  it('puts an entry back for a later pass when Teams asks to wait longer than a pass waits', async () => {
    await enqueue(1);
    const outcomes = await dispatcher(new FakeSender(async () => ({ outcome: 'retryLater', status: 429, afterMs: 90_000 })), 'a').drain(await due());
    expect(outcomes.map((o) => o.result)).toEqual(['deferred']);
    const [entry] = await world.store.outbox.listByGroup(world.group.id);
    expect(entry).toMatchObject({ state: 'pending', reason: 'throttled', attempts: 1, notBefore: '2026-11-22T09:01:30.000Z' });
    expect(await due()).toHaveLength(0);
  });

  it('records why a message could not go anywhere', async () => {
    await enqueue(2);
    await world.store.conversations.markUndeliverable('19:channel-1@thread.tacv2', { since: '2026-11-21T10:00:00.000Z', reason: '403 BotDisabledByAdmin' });
    const sender = new FakeSender();
    await dispatcher(sender, 'a').drain(await due());
    const entries = await world.store.outbox.listByGroup(world.group.id);
    expect(entries.map((e) => [e.state, e.reason ?? null])).toEqual([['sent', null], ['skipped', 'undeliverable']]);
    expect(entries[1]!.detail).toBe('403 BotDisabledByAdmin since 2026-11-21T10:00:00.000Z');
    expect(sender.sent).toEqual(['19:channel-0@thread.tacv2']);
  });

  it('replaces an earlier message when the entry names it, and keeps the conversation usable when that message is gone', async () => {
    const now = world.clock.now().toISOString();
    const conversationId = '19:channel-feedback@thread.tacv2';
    await world.store.conversations.save({ conversationId, scope: 'team', groupId: world.group.id, reference: { conversation: { id: conversationId } }, updatedAt: now });
    for (const activityId of ['activity-1', 'activity-2']) {
      await world.store.outbox.enqueue({
        id: `update-${activityId}`, key: `feedback/x/closed/${activityId}`, groupId: world.group.id, kind: 'feedbackClosed', target: { kind: 'update', conversationId, activityId },
        message: { type: 'text', text: 'Stängd' }, notBefore: now, usefulUntil: '2026-12-08T12:00:00.000Z', createdAt: now,
      });
    }
    const updated: string[] = [];
    const sender: ProactiveSender = {
      send: () => Promise.reject(new Error('an update is never a new message')),
      update: async (target, activityId) => {
        updated.push(`${target.conversationId} ${activityId}`);
        return activityId === 'activity-1' ? { outcome: 'sent', activityId } : { outcome: 'undeliverable', status: 404, reason: 'ActivityNotFound' };
      },
    };
    const outcomes = await dispatcher(sender, 'a').drain(await due());
    expect(updated).toEqual([`${conversationId} activity-1`, `${conversationId} activity-2`]);
    expect(outcomes.map((o) => [o.result, o.entry.reason ?? null, o.entry.activityId ?? null])).toEqual([['sent', null, 'activity-1'], ['skipped', 'rejected', null]]);
    expect((await world.store.conversations.get(conversationId))?.undeliverable).toBeUndefined();
  });
});
