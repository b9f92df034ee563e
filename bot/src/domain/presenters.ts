import { DomainError } from './errors';
import type { Member, Presenter } from './model';
import { baseInitials, charLength, excerpt, foldForMatching, tidy } from './text';
import { LIMITS } from './validation';

/**
 * "TK, Maria, Elisabeth Svenningsson" → presenters. Members are matched by initials
 * or name; anyone else is a guest presenting one item and is kept as written.
 */
export function parsePresenters(raw: unknown, members: Member[]): Presenter[] | DomainError {
  const text = typeof raw === 'string' ? raw : '';
  if (text.length > LIMITS.presentersField) return new DomainError('presentersTextTooLong', { max: LIMITS.presentersField, length: charLength(text) });
  // The separators alone, without white space around them: `\s*` on both sides made the
  // split quadratic on a run of spaces. Each token is tidied afterwards instead.
  const tokens = text
    .split(/,|;|\/|&|\boch\b|\band\b/i)
    .map(tidy)
    .filter(Boolean);
  if (tokens.length > LIMITS.presenters) return new DomainError('presentersTooLong', { max: LIMITS.presenters });
  const presenters: Presenter[] = [];
  for (const token of tokens) {
    if (charLength(token) > LIMITS.presenterName) return new DomainError('presenterNameTooLong', { name: excerpt(token), max: LIMITS.presenterName });
    const presenter = matchMember(token, members) ?? asGuest(token);
    if (!presenters.some((p) => p.initials === presenter.initials && p.name === presenter.name)) presenters.push(presenter);
  }
  return presenters;
}

function matchMember(token: string, members: Member[]): Presenter | undefined {
  const wanted = foldForMatching(token);
  const candidates = [
    members.filter((m) => foldForMatching(m.initials) === wanted),
    members.filter((m) => foldForMatching(m.name) === wanted),
    members.filter((m) => foldForMatching(m.name).split(' ')[0] === wanted),
  ];
  const unique = candidates.find((list) => list.length === 1)?.[0];
  return unique ? { name: unique.name, initials: unique.initials, memberId: unique.id } : undefined;
}

function asGuest(token: string): Presenter {
  // "TK" typed for someone not yet registered stays as initials; a name gets initials derived.
  const looksLikeInitials = /^[A-ZÅÄÖ]{2,4}$/.test(token);
  return looksLikeInitials ? { name: token, initials: token } : { name: token, initials: baseInitials(token) };
}

export const presentersText = (presenters: Presenter[]): string => presenters.map((p) => p.initials).join(', ');
