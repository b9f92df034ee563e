import type { OutboxMessage, OutboxTarget, OutcomeReason } from '../../domain/outbox';

/**
 * Something the app should send on its own by now. Sources (the reminders today;
 * feedback requests and minutes later) say what is due from what the store holds;
 * the scheduler puts each new one in the outbox, once, whichever process sees it first.
 */
export interface DueWork {
  /** What is sent to whom; the outbox's unique key. */
  key: string;
  groupId: string;
  kind: string;
  target: OutboxTarget;
  dueAt: Date;
  /** After this it is recorded as skipped, never sent late. */
  usefulUntil: Date;
  /** The message, rendered only when the key is new. */
  render(): Promise<OutboxMessage>;
  /** Known already not to be sendable (an action's owner the bot cannot write to): recorded as skipped, once. */
  skip?: { reason: OutcomeReason; detail: string };
}

/** Something due that has nowhere to go; reported, not stored (there is no recipient to record it for). */
export interface PassNote {
  groupId: string;
  kind: string;
  reason: 'groupUnreachable' | 'noConversation';
  detail: string;
}

export interface Collected {
  work: DueWork[];
  notes: PassNote[];
}

export interface DueWorkSource {
  readonly name: string;
  collect(now: Date): Promise<Collected>;
}
