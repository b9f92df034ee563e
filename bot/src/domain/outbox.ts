import type { Versioned } from './model';

/**
 * Messages the app sends on its own (reminders today; feedback requests and minutes
 * later), one entry per message and recipient. The unique key names what is sent to
 * whom, so enqueueing the same message twice, from one process or two, adds one
 * entry. An entry is claimed by one sender before it goes out, and every outcome is
 * kept: sent (with the activity id, so the message can be updated later), skipped
 * or failed, and why.
 */
export const OUTBOX_STATES = ['pending', 'claimed', 'sent', 'skipped', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export type OutboxTarget =
  /** A conversation the bot already has: a team's channel or a personal chat. */
  | { kind: 'conversation'; conversationId: string }
  /** A person, in their personal chat with the bot; opened first if there is none yet. */
  | { kind: 'person'; userId: string; name: string }
  /** A message the bot sent earlier in a conversation it has, replaced by this one (a feedback card's new count, its closed state). */
  | { kind: 'update'; conversationId: string; activityId: string };

/** The rendered message, as the application produced it (text, or an Adaptive Card with its summary). */
export type OutboxMessage = { type: 'text'; text: string } | { type: 'card'; card: object; summary: string };

/** Why an entry was skipped or failed; the report and the logs explain each. */
export const OUTCOME_REASONS = [
  'tooLate',
  'undeliverable',
  'noConversation',
  'groupUnreachable',
  'rejected',
  'serverError',
  'throttled',
] as const;
export type OutcomeReason = (typeof OUTCOME_REASONS)[number];

export interface OutboxEntry extends Versioned {
  id: string;
  /** What is sent to whom, e.g. `reminder/meetingReminder/<meeting>@<start>/channel`. Unique. */
  key: string;
  groupId: string;
  /** What kind of message (agendaCall, presenterNote, …): for reports and later features. */
  kind: string;
  target: OutboxTarget;
  message: OutboxMessage;
  /** Not sent before this instant (a throttled send waits here). */
  notBefore: string;
  /** Sent only until this instant; after it the entry is skipped as too late. */
  usefulUntil: string;
  state: OutboxState;
  attempts: number;
  /** The sender holding the claim, and until when; an expired lease may be taken over. */
  claimedBy?: string;
  leaseUntil?: string;
  reason?: OutcomeReason;
  /** What the channel answered or what was missing, in a few words. */
  detail?: string;
  sentAt?: string;
  /** The Bot Connector's id of the sent activity, to update or close it later. */
  activityId?: string;
  /** The conversation it went to (for a person: their personal chat, known once sent). */
  conversationId?: string;
  createdAt: string;
  updatedAt: string;
}

export type NewOutboxEntry = Omit<OutboxEntry, 'version' | 'state' | 'attempts' | 'updatedAt' | 'claimedBy' | 'leaseUntil' | 'sentAt' | 'activityId'> &
  Partial<Pick<OutboxEntry, 'state'>>;

export const isFinished = (entry: Pick<OutboxEntry, 'state'>): boolean => entry.state === 'sent' || entry.state === 'skipped' || entry.state === 'failed';

/** Is the entry waiting to be sent at `nowIso`: pending and due, or held by a sender whose lease ran out. */
export function isDue(entry: OutboxEntry, nowIso: string): boolean {
  if (entry.state === 'pending') return entry.notBefore <= nowIso;
  return entry.state === 'claimed' && (entry.leaseUntil ?? '') <= nowIso;
}
