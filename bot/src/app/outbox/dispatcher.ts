import type { OutboxEntry, OutcomeReason } from '../../domain/outbox';
import type { Services } from '../../domain/services';
import { StoreUnavailableError, VersionConflictError } from '../../domain/storage';
import type { Logger } from '../../log/logger';
import type { ActorResolver } from '../actors';
import type { Outgoing } from '../turn';
import type { ProactiveSender, SendTarget } from './proactiveSender';
import type { RateLimiter } from './rateLimiter';
import { runPool } from './workerPool';

export interface DispatchOptions {
  /** This process, as named in its claims. */
  owner: string;
  /** Sends in flight at once; also the most entries a killed process can leave claimed. */
  concurrency: number;
  /** How long a claim holds before another process may take the entry over. */
  leaseMs: number;
  /** Tries of one message while the Bot Connector answers 5xx. */
  maxAttempts: number;
  /** The longest Retry-After waited for within a pass; a longer one puts the entry back for a later pass. */
  maxWaitMs: number;
}

export const DEFAULT_DISPATCH: Omit<DispatchOptions, 'owner' | 'concurrency'> = { leaseMs: 120_000, maxAttempts: 4, maxWaitMs: 30_000 };

export interface DispatchDeps {
  services: Services;
  actors: ActorResolver;
  sender: ProactiveSender;
  limiter: RateLimiter;
  log: Logger;
  /** Real waiting between tries (injected in unit tests). */
  sleep: (ms: number) => Promise<void>;
}

export type DispatchResult = 'sent' | 'skipped' | 'failed' | 'deferred' | 'takenByOther';

export interface DispatchOutcome {
  entry: OutboxEntry;
  result: DispatchResult;
  /** The entry was claimed by a pass that stopped before recording an outcome: it may have gone out once already. */
  takenOver: boolean;
}

type Route = { target: SendTarget; limiterKey: string; replaces?: string } | { skip: OutcomeReason; detail: string };

/** Who receives the entry; also its key in the rate limiter's per-conversation windows. */
const recipientKey = (entry: OutboxEntry): string => (entry.target.kind === 'person' ? `person:${entry.target.userId}` : entry.target.conversationId);

/** Sends the message, or replaces the earlier one the route names. */
function deliver(sender: ProactiveSender, route: Extract<Route, { target: SendTarget }>, message: Outgoing) {
  if (route.replaces && route.target.kind === 'conversation') return sender.update(route.target, route.replaces, message);
  return sender.send(route.target, message);
}

const backoffMs = (attempt: number): number => Math.min(500 * 2 ** (attempt - 1), 8000);

/**
 * Sends due outbox entries: each is claimed just before it goes out and its outcome
 * written right after, by a handful of workers. So a process killed mid-run leaves
 * at most `concurrency` entries claimed, exactly those whose send may or may not
 * have reached Teams; after their lease another pass sends them (they are counted as
 * taken over) and everything else is untouched.
 */
export class Dispatcher {
  constructor(
    private readonly deps: DispatchDeps,
    private readonly options: DispatchOptions,
  ) {}

  private get now(): Date {
    return this.deps.services.deps.now();
  }

  /**
   * Entries for one recipient go to one worker, in the order they were queued, so a
   * person's chat is opened once and a channel gets its reminders in order; the
   * workers share the rate limiter.
   */
  async drain(entries: OutboxEntry[]): Promise<DispatchOutcome[]> {
    const byRecipient = new Map<string, OutboxEntry[]>();
    for (const entry of entries) byRecipient.set(recipientKey(entry), [...(byRecipient.get(recipientKey(entry)) ?? []), entry]);
    const outcomes: DispatchOutcome[] = [];
    await runPool([...byRecipient.values()], this.options.concurrency, async (queue) => {
      for (const entry of queue) {
        try {
          outcomes.push(await this.dispatch(entry));
        } catch (error) {
          // The store failed us: the entry stays as it is, for the next pass.
          this.deps.log.warn('outbox entry not dispatched', { key: entry.key, error });
          outcomes.push({ entry, result: 'deferred', takenOver: false });
        }
      }
    });
    return outcomes;
  }

  private async dispatch(entry: OutboxEntry): Promise<DispatchOutcome> {
    const { outbox } = this.deps.services.deps.store;
    const takenOver = entry.state === 'claimed';
    const at = this.now;
    const claimed = await outbox.claim(entry, this.options.owner, new Date(at.getTime() + this.options.leaseMs).toISOString(), at.toISOString());
    if (!claimed) return { entry, result: 'takenByOther', takenOver: false };
    if (takenOver) this.deps.log.warn('outbox entry taken over from an interrupted pass', { key: entry.key, claimedBy: entry.claimedBy });
    const route = await this.route(claimed);
    if ('skip' in route) return this.finish(claimed, takenOver, { state: 'skipped', reason: route.skip, detail: route.detail });
    return this.send(claimed, takenOver, route);
  }

  private tooLate(entry: OutboxEntry): boolean {
    return this.now.toISOString() >= entry.usefulUntil;
  }

  private async send(entry: OutboxEntry, takenOver: boolean, route: Extract<Route, { target: SendTarget }>): Promise<DispatchOutcome> {
    let attempts = entry.attempts;
    for (let tries = 1; ; tries++) {
      if (this.tooLate(entry)) return this.finish(entry, takenOver, { state: 'skipped', reason: 'tooLate', detail: `useful until ${entry.usefulUntil}`, attempts });
      // Opening a personal chat is a request of its own before the message.
      const permit = await this.deps.limiter.acquire(route.limiterKey, route.target.kind === 'newPersonalChat' ? 2 : 1);
      attempts++;
      let result;
      try {
        result = await deliver(this.deps.sender, route, entry.message as Outgoing);
      } finally {
        permit.release();
      }
      switch (result.outcome) {
        case 'sent': {
          const conversationId = result.opened?.conversationId ?? (route.target.kind === 'conversation' ? route.target.conversationId : undefined);
          if (result.opened && entry.target.kind === 'person') {
            await this.deps.services.conversations.opened({ conversationId: result.opened.conversationId, userId: entry.target.userId, reference: result.opened.reference });
          }
          return this.finish(entry, takenOver, { state: 'sent', attempts, sentAt: this.now.toISOString(), activityId: result.activityId, conversationId });
        }
        case 'undeliverable': {
          const detail = `${result.status} ${result.reason}`;
          // The message to replace is gone (deleted in Teams); the conversation itself is fine.
          if (route.replaces && result.status === 404) return this.finish(entry, takenOver, { state: 'skipped', reason: 'rejected', detail, attempts });
          await this.markUndeliverable(entry, route.target, detail);
          return this.finish(entry, takenOver, { state: 'skipped', reason: 'undeliverable', detail, attempts });
        }
        case 'retryLater': {
          const wait = result.afterMs ?? backoffMs(tries);
          this.deps.limiter.pause(wait);
          if (wait > this.options.maxWaitMs || tries >= this.options.maxAttempts * 2) return this.putBack(entry, takenOver, attempts, wait);
          continue;
        }
        case 'failed':
          if (result.retryable && tries < this.options.maxAttempts) {
            await this.deps.sleep(backoffMs(tries));
            continue;
          }
          return this.finish(entry, takenOver, { state: 'failed', reason: result.retryable ? 'serverError' : 'rejected', detail: `${result.status ?? 'network'} ${result.reason}, ${tries} ${tries === 1 ? 'try' : 'tries'}`, attempts });
      }
    }
  }

  /** Where the entry goes, or why it cannot go anywhere. */
  private async route(entry: OutboxEntry): Promise<Route> {
    const { conversations } = this.deps.services;
    if (this.tooLate(entry)) return { skip: 'tooLate', detail: `useful until ${entry.usefulUntil}` };
    const group = await this.deps.actors.groupForJob(entry.groupId);
    if (!group) return { skip: 'groupUnreachable', detail: 'the app was removed from the team' };
    if (entry.target.kind === 'conversation' || entry.target.kind === 'update') {
      const record = await this.deps.services.deps.store.conversations.get(entry.target.conversationId);
      if (!record) return { skip: 'noConversation', detail: 'no stored reference for the conversation' };
      if (record.undeliverable) return { skip: 'undeliverable', detail: `${record.undeliverable.reason} since ${record.undeliverable.since}` };
      const replaces = entry.target.kind === 'update' ? { replaces: entry.target.activityId } : {};
      return { target: { kind: 'conversation', conversationId: record.conversationId, reference: record.reference }, limiterKey: recipientKey(entry), ...replaces };
    }
    const chat = await conversations.personalChatOf(entry.target.userId);
    if (chat?.undeliverable) return { skip: 'undeliverable', detail: `${chat.undeliverable.reason} since ${chat.undeliverable.since}` };
    if (chat) return { target: { kind: 'conversation', conversationId: chat.conversationId, reference: chat.reference }, limiterKey: recipientKey(entry) };
    const channel = await conversations.channelOf(entry.groupId);
    if (!channel) return { skip: 'noConversation', detail: 'no personal chat, and no team channel to open one through' };
    return { target: { kind: 'newPersonalChat', userId: entry.target.userId, via: channel.reference }, limiterKey: recipientKey(entry) };
  }

  private async markUndeliverable(entry: OutboxEntry, target: SendTarget, detail: string): Promise<void> {
    const { conversations } = this.deps.services;
    if (target.kind === 'conversation') await conversations.markUndeliverable(target.conversationId, detail);
    else await conversations.unreachablePerson(target.userId, target.via, detail);
    this.deps.log.warn('conversation undeliverable', { key: entry.key, detail });
  }

  private putBack(entry: OutboxEntry, takenOver: boolean, attempts: number, waitMs: number): Promise<DispatchOutcome> {
    const notBefore = new Date(this.now.getTime() + waitMs).toISOString();
    return this.record(entry, takenOver, 'deferred', { state: 'pending', attempts, notBefore, reason: 'throttled', detail: `429, again after ${notBefore}` });
  }

  private finish(entry: OutboxEntry, takenOver: boolean, outcome: Partial<OutboxEntry> & { state: 'sent' | 'skipped' | 'failed' }): Promise<DispatchOutcome> {
    return this.record(entry, takenOver, outcome.state, { reason: undefined, detail: undefined, ...outcome });
  }

  /**
   * Writes the outcome and lets go of the claim. A send that reached Teams must not
   * look unsent, so a store that fails is tried a few times more.
   */
  private async record(entry: OutboxEntry, takenOver: boolean, result: DispatchResult, change: Partial<OutboxEntry>): Promise<DispatchOutcome> {
    const next: OutboxEntry = { ...entry, ...change, leaseUntil: undefined, updatedAt: this.now.toISOString() };
    for (let tries = 1; ; tries++) {
      try {
        return { entry: await this.deps.services.deps.store.outbox.update(next), result, takenOver };
      } catch (error) {
        if (error instanceof VersionConflictError) {
          this.deps.log.error('outbox claim lost before its outcome was written', { key: entry.key, result });
          return { entry: next, result, takenOver };
        }
        if (!(error instanceof StoreUnavailableError) || tries >= 3) throw error;
        await this.deps.sleep(backoffMs(tries));
      }
    }
  }
}
