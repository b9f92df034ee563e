import type { Outgoing } from '../turn';

/**
 * The one way the app posts on its own: reminders now, feedback requests and minutes
 * later. The application owns this port; the Teams edge implements it with the Bot
 * Framework's proactive messaging, and reports what Teams answered in these terms.
 */
export type SendTarget =
  /** A conversation the bot has a stored reference for. */
  | { kind: 'conversation'; conversationId: string; reference: Record<string, unknown> }
  /** A person the bot has no personal chat with yet: opened through their team's channel (its service URL, tenant and bot). */
  | { kind: 'newPersonalChat'; userId: string; via: Record<string, unknown> };

export type SendResult =
  | { outcome: 'sent'; activityId: string; opened?: { conversationId: string; reference: Record<string, unknown> } }
  /** 403 (the bot was removed or blocked) or 404 (the conversation is gone): trying again cannot help. */
  | { outcome: 'undeliverable'; status: number; reason: string }
  /** 429: Teams asks to wait, for Retry-After when it says so. */
  | { outcome: 'retryLater'; status: number; afterMs?: number }
  | { outcome: 'failed'; retryable: boolean; status?: number; reason: string };

export interface ProactiveSender {
  send(target: SendTarget, message: Outgoing): Promise<SendResult>;
  /** Replaces a message sent earlier (a closed feedback card, corrected minutes). */
  update(target: Extract<SendTarget, { kind: 'conversation' }>, activityId: string, message: Outgoing): Promise<SendResult>;
}
