/**
 * Keeps proactive sends inside Teams' rate limits: per conversation at most 7 messages
 * in 1 s, 8 in 2 s and 60 in 30 s (the "per bot per thread" limits), and an app-wide
 * rate below Teams' global limit per app and tenant.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit
 *
 * A send counts in a window from the moment it starts until the window's length
 * after Teams answered it. Teams sees each request somewhere in between, so however
 * the network delays them, Teams never sees more in any window than the limit.
 * A 429 pauses every send for its Retry-After.
 */
export interface RateWindow {
  limit: number;
  ms: number;
}

export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, ms: 1000 },
  { limit: 8, ms: 2000 },
  { limit: 60, ms: 30_000 },
];

export interface Timers {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Slot {
  /** When Teams answered; undefined while the send is in flight. */
  end?: number;
}

export interface Permit {
  release(): void;
}

/** Re-checks at least this often, whatever it waits for. */
const MAX_WAIT_MS = 250;

export class RateLimiter {
  private readonly app: Slot[] = [];
  private readonly conversations = new Map<string, Slot[]>();
  private pausedUntil = 0;
  private forgetAbove = 1000;
  private released: { promise: Promise<void>; resolve: () => void } = RateLimiter.signal();
  private readonly longest: number;

  constructor(
    private readonly options: { perConversation: readonly RateWindow[]; appWide: readonly RateWindow[]; timers?: Timers },
  ) {
    this.longest = Math.max(...options.perConversation.map((w) => w.ms), ...options.appWide.map((w) => w.ms));
  }

  private get timers(): Timers {
    return this.options.timers ?? realTimers;
  }

  private static signal(): { promise: Promise<void>; resolve: () => void } {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  }

  /**
   * Waits until `requests` more to the conversation keep every window within its
   * limit, and takes their slots (opening a personal chat and posting in it are two).
   */
  async acquire(conversation: string, requests = 1): Promise<Permit> {
    for (;;) {
      const now = this.timers.now();
      const own = this.slotsOf(conversation, now);
      const wait = Math.max(this.pausedUntil - now, this.waitFor(this.app, this.options.appWide, now, requests), this.waitFor(own, this.options.perConversation, now, requests));
      if (wait <= 0) {
        const slots: Slot[] = Array.from({ length: requests }, () => ({}));
        this.app.push(...slots);
        own.push(...slots);
        return { release: () => slots.forEach((slot) => this.release(slot)) };
      }
      await Promise.race([this.timers.sleep(Math.min(wait, MAX_WAIT_MS)), this.released.promise]);
    }
  }

  /** Teams answered 429: nothing is sent for that long. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timers.now() + ms);
  }

  private release(slot: Slot): void {
    if (slot.end !== undefined) return;
    slot.end = this.timers.now();
    const { resolve } = this.released;
    this.released = RateLimiter.signal();
    resolve();
  }

  private slotsOf(conversation: string, now: number): Slot[] {
    let slots = this.conversations.get(conversation);
    if (!slots) {
      slots = [];
      this.conversations.set(conversation, slots);
    }
    prune(slots, now, this.longest);
    prune(this.app, now, this.longest);
    if (this.conversations.size > this.forgetAbove) this.forgetIdle(conversation, now);
    return slots;
  }

  /** Conversations with nothing in any window are dropped now and then, so the map stays as large as the traffic. */
  private forgetIdle(keep: string, now: number): void {
    for (const [key, list] of this.conversations) {
      if (key === keep) continue;
      prune(list, now, this.longest);
      if (list.length === 0) this.conversations.delete(key);
    }
    this.forgetAbove = Math.max(1000, this.conversations.size * 2);
  }

  /** How long until `requests` more slots fit in every window; MAX_WAIT_MS when only an answer can free one. */
  private waitFor(slots: Slot[], windows: readonly RateWindow[], now: number, requests: number): number {
    let wait = 0;
    for (const window of windows) {
      const counted = slots.filter((s) => s.end === undefined || s.end + window.ms > now);
      const excess = counted.length - window.limit + requests;
      if (excess <= 0) continue;
      const freeing = counted.filter((s) => s.end !== undefined).map((s) => s.end! + window.ms - now).sort((a, b) => a - b);
      wait = Math.max(wait, freeing.length >= excess ? freeing[excess - 1]! : MAX_WAIT_MS);
    }
    return wait;
  }
}

function prune(slots: Slot[], now: number, longest: number): void {
  let keep = 0;
  for (const slot of slots) if (slot.end === undefined || slot.end + longest > now) slots[keep++] = slot;
  slots.length = keep;
}
