import { DomainError } from './errors';
import { SECTIONS, type Section } from './model';
import { charLength, excerpt, tidy, tidyLines } from './text';

/** SharePoint's single line of text holds 255 characters; the other limits keep cards readable. */
export const LIMITS = {
  title: 255,
  description: 4000,
  link: 2048,
  notice: 255,
  presenters: 10,
  presenterName: 100,
  /** The presenters field as typed: ten names with their separators. */
  presentersField: 1100,
  place: 255,
  /** An item's time: a whole afternoon at the most. */
  itemMinutes: 180,
  /** A chat command: the longest one (an item with its title and a date) is about 300 characters. */
  message: 1000,
} as const;

/**
 * Input this many times longer than its limit is refused before any work is done
 * on it: no form or message produces it, and tidying it would cost the server time.
 */
const RAW_SLACK = 4;
export const hopelesslyLong = (raw: string, max: number): boolean => raw.length > max * RAW_SLACK;

/** Several problems with one form, reported together so the user fixes them in one go. */
export class ValidationError extends Error {
  constructor(readonly problems: DomainError[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'ValidationError';
  }
}

export function checkTitle(raw: unknown): string | DomainError {
  if (typeof raw === 'string' && hopelesslyLong(raw, LIMITS.title)) return new DomainError('titleTooLong', { max: LIMITS.title, length: charLength(raw) });
  const title = typeof raw === 'string' ? tidy(raw) : '';
  if (!title) return new DomainError('titleMissing');
  if (charLength(title) > LIMITS.title) return new DomainError('titleTooLong', { max: LIMITS.title, length: charLength(title) });
  return title;
}

export function checkNotice(raw: unknown): string | DomainError {
  if (typeof raw === 'string' && hopelesslyLong(raw, LIMITS.notice)) return new DomainError('noticeTooLong', { max: LIMITS.notice, length: charLength(raw) });
  const text = typeof raw === 'string' ? tidy(raw) : '';
  if (!text) return new DomainError('noticeMissing');
  if (charLength(text) > LIMITS.notice) return new DomainError('noticeTooLong', { max: LIMITS.notice, length: charLength(text) });
  return text;
}

const LONGEST_SECTION = Math.max(...SECTIONS.map((section) => section.length));
/** Minutes fit in a few digits; the cap only has to be above any sensible value with some white space. */
const LONGEST_MINUTES = 16;

export function checkSection(raw: unknown): Section | DomainError {
  const value = typeof raw === 'string' && !hopelesslyLong(raw, LONGEST_SECTION) ? raw.trim() : '';
  return (SECTIONS as readonly string[]).includes(value) ? (value as Section) : new DomainError('unknownSection', { value: excerpt(String(raw ?? '')) });
}

/** Empty means "not estimated yet". */
export function checkMinutes(raw: unknown, meetingMinutes: number): number | undefined | DomainError {
  if (raw === undefined || raw === null) return undefined;
  const typed = String(raw);
  if (hopelesslyLong(typed, LONGEST_MINUTES)) return new DomainError('minutesInvalid', { value: excerpt(typed) });
  const text = typed.trim();
  if (text === '' && typeof raw === 'string') return undefined;
  if (!/^-?\d+$/.test(text)) return new DomainError('minutesInvalid', { value: excerpt(text) });
  const minutes = Number(text);
  if (!Number.isSafeInteger(minutes)) return new DomainError('minutesInvalid', { value: excerpt(text) });
  if (minutes < 0 || minutes > LIMITS.itemMinutes) return new DomainError('minutesOutOfRange', { value: minutes, min: 0, max: LIMITS.itemMinutes });
  if (minutes > meetingMinutes) return new DomainError('minutesTooLong', { value: minutes, max: meetingMinutes });
  return minutes;
}

export function checkDescription(raw: unknown): string | undefined | DomainError {
  if (raw === undefined || raw === null) return undefined;
  const typed = String(raw);
  if (hopelesslyLong(typed, LIMITS.description)) return new DomainError('descriptionTooLong', { max: LIMITS.description, length: charLength(typed) });
  const text = tidyLines(typed);
  if (!text) return undefined;
  if (charLength(text) > LIMITS.description) {
    return new DomainError('descriptionTooLong', { max: LIMITS.description, length: charLength(text) });
  }
  return text;
}

/** "budget.docx" is a file name, not a host: it has no address to open. */
const FILE_ENDINGS = new Set(['doc', 'docx', 'dot', 'odt', 'pdf', 'xls', 'xlsx', 'ods', 'csv', 'ppt', 'pptx', 'odp', 'txt', 'rtf', 'md', 'png', 'jpg', 'jpeg', 'gif', 'zip', 'msg', 'eml', 'one']);

/**
 * "www.example.com/x" or "skolor.sharepoint.com/…", pasted without a scheme, is an
 * https link: a host of dotted labels ending in a name, then a path, a port or nothing.
 */
function withScheme(typed: string): string {
  const end = typed.search(/[/?#:]/);
  const host = end < 0 ? typed : typed.slice(0, end);
  const labels = host.split('.');
  const last = labels[labels.length - 1]!.toLowerCase();
  const isHost = labels.length >= 2 && labels.every((label) => /^[a-z0-9-]+$/i.test(label)) && /^[a-z]{2,24}$/.test(last) && !FILE_ENDINGS.has(last);
  const rest = end < 0 ? '' : typed.slice(end);
  return isHost && !/^:(?!\d+([/?#]|$))/.test(rest) ? `https://${typed}` : typed;
}

export function checkLink(raw: unknown): string | undefined | DomainError {
  if (typeof raw === 'string' && hopelesslyLong(raw, LIMITS.link)) return new DomainError('linkInvalid');
  const typed = typeof raw === 'string' ? raw.trim() : '';
  if (!typed) return undefined;
  const text = withScheme(typed);
  if (charLength(text) > LIMITS.link) return new DomainError('linkInvalid');
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return new DomainError('linkInvalid');
  } catch {
    return new DomainError('linkInvalid');
  }
  return text;
}

export function checkPlace(raw: string): string | DomainError {
  if (hopelesslyLong(raw, LIMITS.place)) return new DomainError('placeTooLong', { max: LIMITS.place, length: charLength(raw) });
  const place = tidy(raw);
  if (!place) return new DomainError('placeMissing');
  if (charLength(place) > LIMITS.place) return new DomainError('placeTooLong', { max: LIMITS.place, length: charLength(place) });
  return place;
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
