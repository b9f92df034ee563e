import { DomainError } from './errors';
import { SECTIONS, type Section } from './model';
import { charLength, tidy } from './text';

/** SharePoint's single line of text holds 255 characters; the other limits keep cards readable. */
export const LIMITS = {
  title: 255,
  description: 4000,
  link: 2048,
  notice: 255,
  presenters: 10,
  presenterName: 100,
  place: 255,
} as const;

/** Several problems with one form, reported together so the user fixes them in one go. */
export class ValidationError extends Error {
  constructor(readonly problems: DomainError[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'ValidationError';
  }
}

export function checkTitle(raw: unknown): string | DomainError {
  const title = typeof raw === 'string' ? tidy(raw) : '';
  if (!title) return new DomainError('titleMissing');
  if (charLength(title) > LIMITS.title) return new DomainError('titleTooLong', { max: LIMITS.title, length: charLength(title) });
  return title;
}

export function checkNotice(raw: unknown): string | DomainError {
  const text = typeof raw === 'string' ? tidy(raw) : '';
  if (!text) return new DomainError('noticeMissing');
  if (charLength(text) > LIMITS.notice) return new DomainError('noticeTooLong', { max: LIMITS.notice, length: charLength(text) });
  return text;
}

export function checkSection(raw: unknown): Section | DomainError {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return (SECTIONS as readonly string[]).includes(value) ? (value as Section) : new DomainError('unknownSection', { value: String(raw ?? '') });
}

/** Empty means "not estimated yet". */
export function checkMinutes(raw: unknown, meetingMinutes: number): number | undefined | DomainError {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const text = String(raw).trim();
  if (!/^-?\d+$/.test(text)) return new DomainError('minutesInvalid', { value: text });
  const minutes = Number(text);
  if (minutes < 0 || !Number.isSafeInteger(minutes)) return new DomainError('minutesInvalid', { value: text });
  if (minutes > meetingMinutes) return new DomainError('minutesTooLong', { value: minutes, max: meetingMinutes });
  return minutes;
}

export function checkDescription(raw: unknown): string | undefined | DomainError {
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw).normalize('NFC').trim();
  if (!text) return undefined;
  if (charLength(text) > LIMITS.description) {
    return new DomainError('descriptionTooLong', { max: LIMITS.description, length: charLength(text) });
  }
  return text;
}

export function checkLink(raw: unknown): string | undefined | DomainError {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return undefined;
  if (charLength(text) > LIMITS.link) return new DomainError('linkInvalid');
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return new DomainError('linkInvalid');
  } catch {
    return new DomainError('linkInvalid');
  }
  return text;
}

/**
 * Where members join the meeting online: https only, with a real host and no
 * credentials in it. Teams meeting links (teams.microsoft.com, teams.live.com) are
 * the usual ones; any other https web link (another meeting service) works too.
 */
export function checkJoinLink(raw: unknown): string | DomainError {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text || charLength(text) > LIMITS.link) return new DomainError('joinLinkInvalid', { value: text.slice(0, 80) });
  try {
    const url = new URL(text);
    const hostOk = url.hostname.includes('.') && !url.hostname.endsWith('.');
    if (url.protocol !== 'https:' || !hostOk || url.username || url.password) return new DomainError('joinLinkInvalid', { value: text.slice(0, 80) });
    return url.href;
  } catch {
    return new DomainError('joinLinkInvalid', { value: text.slice(0, 80) });
  }
}
