import crypto from 'node:crypto';
import type { FeedbackLinks } from '../app/feedback/links';
import type { MinutesLinks } from '../app/tab/minutes';

/**
 * Links to this server that only the server could have made: the path and an expiry,
 * signed with HMAC-SHA256 under the app's key (LINK_SIGNING_KEY). A link cannot be
 * guessed, changed to name another request, or used after it expires; the owner's
 * card is refreshed with a fresh one each time they open it.
 */
export const LINK_LIFETIME_MS = 7 * 86_400_000;

/** A download is opened at once from the tab, which asks for a fresh link each time. */
export const MINUTES_LINK_LIFETIME_MS = 15 * 60_000;

export type LinkCheck = 'valid' | 'invalid' | 'expired';

export const answersCsvPath = (requestId: string): string => `/api/feedback/${encodeURIComponent(requestId)}/answers.csv`;

/** A published version of a meeting's minutes as Word. */
export const minutesDocxPath = (meetingId: string, version: number): string => `/api/minutes/${encodeURIComponent(meetingId)}/v/${version}.docx`;

export class SignedLinks implements FeedbackLinks, MinutesLinks {
  constructor(
    private readonly key: string,
    /** Where browsers reach the server; known only once it listens when not configured. */
    private readonly baseUrl: () => string,
  ) {}

  private signature(path: string, expires: number): string {
    return crypto.createHmac('sha256', this.key).update(`${path}\n${expires}`).digest('base64url');
  }

  private signed(path: string, now: Date, lifetimeMs: number): string {
    const expires = Math.floor((now.getTime() + lifetimeMs) / 1000);
    return `${this.baseUrl()}${path}?expires=${expires}&sig=${this.signature(path, expires)}`;
  }

  answersCsv(requestId: string, now: Date): string {
    return this.signed(answersCsvPath(requestId), now, LINK_LIFETIME_MS);
  }

  minutesDocx(meetingId: string, version: number, now: Date): string {
    return this.signed(minutesDocxPath(meetingId, version), now, MINUTES_LINK_LIFETIME_MS);
  }

  /** The signature first: a forged or changed link is invalid whatever its expiry says. */
  check(path: string, expiresText: unknown, signature: unknown, now: Date): LinkCheck {
    if (typeof expiresText !== 'string' || !/^\d{1,12}$/.test(expiresText) || typeof signature !== 'string' || signature.length > 100) return 'invalid';
    const expected = Buffer.from(this.signature(path, Number(expiresText)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'invalid';
    return Number(expiresText) * 1000 > now.getTime() ? 'valid' : 'expired';
  }
}
