import { RateLimiter, TEAMS_CONVERSATION_WINDOWS, type Permit, type Timers } from '../../../bot/src/app/outbox/rateLimiter';

/** Virtual time: sleeping moves the clock, so a test of seconds of sending takes microseconds. */
class VirtualTimers implements Timers {
  private current = 0;
  private readonly sleepers: { until: number; wake: () => void }[] = [];
  now = (): number => this.current;
  sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.sleepers.push({ until: this.current + ms, wake: resolve });
    });

  /** Lets every waiter run, moving time to the next sleeper's wake-up whenever nobody else can go on. */
  async runUntilIdle(done: () => boolean): Promise<void> {
    for (let guard = 0; guard < 100_000 && !done(); guard++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.sleepers.length === 0) continue;
      this.sleepers.sort((a, b) => a.until - b.until);
      const next = this.sleepers.shift()!;
      this.current = Math.max(this.current, next.until);
      next.wake();
    }
  }
}

/** Sends `count` messages to each conversation through the limiter; each takes `latency` ms; returns when each started. */
async function sendAll(limiter: RateLimiter, timers: VirtualTimers, plan: { conversation: string; count: number }[], latency = 5): Promise<Map<string, number[]>> {
  const started = new Map<string, number[]>();
  let finished = 0;
  const total = plan.reduce((sum, p) => sum + p.count, 0);
  const one = async (conversation: string): Promise<void> => {
    const permit: Permit = await limiter.acquire(conversation);
    started.set(conversation, [...(started.get(conversation) ?? []), timers.now()]);
    await timers.sleep(latency);
    permit.release();
    finished++;
  };
  const all = Promise.all(plan.flatMap((p) => Array.from({ length: p.count }, () => one(p.conversation))));
  await timers.runUntilIdle(() => finished === total);
  await all;
  return started;
}

const maxInWindow = (times: number[], ms: number): number => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + ms).length));

describe('the rate limiter', () => {
  it('keeps one conversation within 7 in 1 s, 8 in 2 s and 60 in 30 s', async () => {
    const timers = new VirtualTimers();
    const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 40, ms: 1000 }], timers });
    const times = (await sendAll(limiter, timers, [{ conversation: 'a', count: 70 }])).get('a')!;
    expect(times).toHaveLength(70);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(times, 2000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(times, 30_000)).toBeLessThanOrEqual(60);
    // …and is not slower than those windows require: 60 in the first 30 s.
    expect(times.filter((t) => t < 30_000)).toHaveLength(60);
  });

  it('keeps the whole app within its rate while many conversations share it, and uses the rate', async () => {
    const timers = new VirtualTimers();
    const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 40, ms: 1000 }], timers });
    const started = await sendAll(limiter, timers, Array.from({ length: 200 }, (_, n) => ({ conversation: `c${n}`, count: 1 })));
    const times = [...started.values()].flat().sort((a, b) => a - b);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(40);
    expect(times[times.length - 1]!).toBeLessThan(5 * 1010 + 50);
  });

  it('counts a send until a window has passed after its answer, however long Teams took', async () => {
    const timers = new VirtualTimers();
    const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 2, ms: 1000 }], timers });
    const times = [...(await sendAll(limiter, timers, [{ conversation: 'x', count: 1 }, { conversation: 'y', count: 1 }, { conversation: 'z', count: 1 }], 700)).values()].flat();
    expect(times.sort((a, b) => a - b)).toEqual([0, 0, 1700]);
  });

  it('pauses every send for a 429\'s Retry-After', async () => {
    const timers = new VirtualTimers();
    const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 40, ms: 1000 }], timers });
    limiter.pause(3000);
    const times = [...(await sendAll(limiter, timers, [{ conversation: 'a', count: 1 }, { conversation: 'b', count: 1 }])).values()].flat();
    expect(Math.min(...times)).toBeGreaterThanOrEqual(3000);
  });

  it('takes two slots for opening a personal chat and writing in it', async () => {
    const timers = new VirtualTimers();
    const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: 40, ms: 1000 }], timers });
    const permits = await Promise.all([1, 2, 3].map(() => limiter.acquire('p', 2)));
    let fourth = false;
    void limiter.acquire('p', 2).then(() => (fourth = true));
    await new Promise((resolve) => setImmediate(resolve));
    // Three opened chats are six requests; a fourth would make eight in flight, over 7 in 1 s.
    expect(fourth).toBe(false);
    permits.forEach((p) => p.release());
  });
});
