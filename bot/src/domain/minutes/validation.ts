import { DomainError } from '../errors';
import type { Member } from '../model';
import { charLength, excerpt, tidy, tidyLines } from '../text';
import { compareDates, isExistingDate, isoDate, type LocalDate } from '../time/stockholm';
import { checkLink, hopelesslyLong, ValidationError } from '../validation';
import { ATTENDANCE_GROUPS, PRESENCES, type Attendee, type DocumentLink, type PersonRef } from './model';

/**
 * What the secretary may write, and how much. The reference minutes' longest item is
 * about 2,000 characters; 20,000 leaves room for a whole workshop's notes and keeps
 * one item well inside a SharePoint note column.
 */
export const MINUTES_LIMITS = {
  notes: 20_000,
  decision: 2_000,
  decisions: 20,
  links: 10,
  linkTitle: 255,
  actionWhat: 1_000,
  personName: 100,
  attendees: 100,
  part: 100,
  correctionReason: 1_000,
  /** A whole published version, as stored: about 200 pages of text. */
  publishedCharacters: 400_000,
} as const;

/** Any text the client sent, as text: numbers and the like as written, anything else as nothing. */
const textOf = (raw: unknown): string => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '');

/** Paragraphs are separated by blank lines, as people write them; lines within a paragraph are kept. */
export function paragraphsOf(text: string): string[] {
  return tidyLines(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]+$/gm, '').trim())
    .filter(Boolean);
}

export function checkNotes(raw: unknown): string[] | DomainError {
  const typed = textOf(raw);
  if (hopelesslyLong(typed, MINUTES_LIMITS.notes)) return new DomainError('notesTooLong', { length: charLength(typed), max: MINUTES_LIMITS.notes });
  const paragraphs = paragraphsOf(typed);
  const length = charLength(paragraphs.join('\n\n'));
  if (length > MINUTES_LIMITS.notes) return new DomainError('notesTooLong', { length, max: MINUTES_LIMITS.notes });
  return paragraphs;
}

/** The decisions as taken, one per entry; empty entries (a field added and left blank) are dropped. */
export function checkDecisions(raw: unknown): string[] | DomainError {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  if (list.length > MINUTES_LIMITS.decisions * 4) return new DomainError('tooManyDecisions', { max: MINUTES_LIMITS.decisions });
  const decisions: string[] = [];
  for (const entry of list) {
    const typed = textOf(entry);
    if (hopelesslyLong(typed, MINUTES_LIMITS.decision)) return new DomainError('decisionTooLong', { length: charLength(typed), max: MINUTES_LIMITS.decision });
    const text = tidyLines(typed);
    if (!text) continue;
    if (charLength(text) > MINUTES_LIMITS.decision) return new DomainError('decisionTooLong', { length: charLength(text), max: MINUTES_LIMITS.decision });
    decisions.push(text);
  }
  if (decisions.length > MINUTES_LIMITS.decisions) return new DomainError('tooManyDecisions', { max: MINUTES_LIMITS.decisions });
  return decisions;
}

export function checkLinks(raw: unknown): DocumentLink[] | DomainError {
  const list = Array.isArray(raw) ? raw : [];
  if (list.length > MINUTES_LIMITS.links * 4) return new DomainError('tooManyLinks', { max: MINUTES_LIMITS.links });
  const links: DocumentLink[] = [];
  for (const entry of list) {
    const fields: Record<string, unknown> = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : { url: entry };
    const typedTitle = textOf(fields.title);
    const url = checkLink(textOf(fields.url));
    if (url instanceof DomainError) return url;
    if (hopelesslyLong(typedTitle, MINUTES_LIMITS.linkTitle)) return new DomainError('linkTitleTooLong', { max: MINUTES_LIMITS.linkTitle });
    const title = tidy(typedTitle);
    if (charLength(title) > MINUTES_LIMITS.linkTitle) return new DomainError('linkTitleTooLong', { max: MINUTES_LIMITS.linkTitle });
    if (!url) {
      if (title) return new DomainError('linkInvalid');
      continue;
    }
    links.push(title ? { url, title } : { url });
  }
  if (links.length > MINUTES_LIMITS.links) return new DomainError('tooManyLinks', { max: MINUTES_LIMITS.links });
  return links;
}

export interface ItemMinutesFields {
  notes: string[];
  decisions: string[];
  links: DocumentLink[];
}

/** An item's minutes as the tab sends them; every problem at once, nothing half-applied. */
export function readItemMinutes(form: { notes?: unknown; decisions?: unknown; links?: unknown }): ItemMinutesFields {
  const notes = checkNotes(form.notes);
  const decisions = checkDecisions(form.decisions);
  const links = checkLinks(form.links);
  const problems = [notes, decisions, links].filter((v): v is DomainError => v instanceof DomainError);
  if (problems.length > 0) throw new ValidationError(problems);
  return { notes: notes as string[], decisions: decisions as string[], links: links as DocumentLink[] };
}

/** A member of the group by id (their name comes from the group, not from the request), or a named person. */
export function checkPerson(raw: unknown, members: Member[], missing: 'actionOwnerMissing' | 'attendeeNameMissing'): PersonRef | DomainError {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (fields.memberId !== undefined && fields.memberId !== null && fields.memberId !== '') {
    const member = members.find((m) => m.id === fields.memberId);
    return member ? { memberId: member.id, name: member.name } : new DomainError('unknownMember');
  }
  const typed = textOf(fields.name);
  if (hopelesslyLong(typed, MINUTES_LIMITS.personName)) return new DomainError('ownerNameTooLong', { max: MINUTES_LIMITS.personName });
  const name = tidy(typed);
  if (!name) return new DomainError(missing);
  if (charLength(name) > MINUTES_LIMITS.personName) return new DomainError('ownerNameTooLong', { max: MINUTES_LIMITS.personName });
  return { name };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A due date as a local day (what a date input sends): it must exist, and not come before the meeting. */
export function checkDueDate(raw: unknown, meetingDay: LocalDate): string | undefined | DomainError {
  const typed = textOf(raw).trim();
  if (!typed) return undefined;
  const match = ISO_DAY.exec(typed.slice(0, 16));
  if (!match || typed.length > 10) return new DomainError('dueDateInvalid', { value: excerpt(typed, 40) });
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isExistingDate(date)) return new DomainError('dateNotExisting', { value: typed });
  if (compareDates(date, meetingDay) < 0) return new DomainError('dueDateBeforeMeeting', { date: isoDate(meetingDay) });
  return typed;
}

export interface ActionFields {
  what: string;
  owner: PersonRef;
  due?: string;
}

export function readAction(form: { what?: unknown; owner?: unknown; due?: unknown }, members: Member[], meetingDay: LocalDate): ActionFields {
  const problems: DomainError[] = [];
  const typed = textOf(form.what);
  let what = '';
  if (hopelesslyLong(typed, MINUTES_LIMITS.actionWhat)) problems.push(new DomainError('actionWhatTooLong', { length: charLength(typed), max: MINUTES_LIMITS.actionWhat }));
  else {
    what = tidyLines(typed);
    if (!what) problems.push(new DomainError('actionWhatMissing'));
    else if (charLength(what) > MINUTES_LIMITS.actionWhat) problems.push(new DomainError('actionWhatTooLong', { length: charLength(what), max: MINUTES_LIMITS.actionWhat }));
  }
  const owner = checkPerson(form.owner, members, 'actionOwnerMissing');
  if (owner instanceof DomainError) problems.push(owner);
  const due = checkDueDate(form.due, meetingDay);
  if (due instanceof DomainError) problems.push(due);
  if (problems.length > 0) throw new ValidationError(problems);
  return { what, owner: owner as PersonRef, ...(due ? { due: due as string } : {}) };
}

const oneOf = <T extends string>(values: readonly T[], raw: unknown): T | undefined => (values as readonly unknown[]).includes(raw) ? (raw as T) : undefined;

/** The attendance list as the secretary recorded it; a member listed twice counts once. */
export function readAttendance(raw: unknown, members: Member[]): Attendee[] {
  const list = Array.isArray(raw) ? raw : [];
  if (list.length > MINUTES_LIMITS.attendees) throw new ValidationError([new DomainError('tooManyAttendees', { max: MINUTES_LIMITS.attendees })]);
  const attendees: Attendee[] = [];
  const problems: DomainError[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const person = checkPerson(fields, members, 'attendeeNameMissing');
    const group = oneOf(ATTENDANCE_GROUPS, fields.group);
    const presence = oneOf(PRESENCES, fields.presence);
    const typedPart = textOf(fields.part);
    const part = hopelesslyLong(typedPart, MINUTES_LIMITS.part) ? undefined : tidy(typedPart);
    if (person instanceof DomainError) problems.push(person);
    else if (!group || !presence) problems.push(new DomainError('attendanceInvalid', { name: person.name }));
    else if (part === undefined || charLength(part) > MINUTES_LIMITS.part) problems.push(new DomainError('partTooLong', { name: person.name, max: MINUTES_LIMITS.part }));
    else {
      if (person.memberId && seen.has(person.memberId)) continue;
      if (person.memberId) seen.add(person.memberId);
      attendees.push({ ...person, group, presence, ...(part ? { part } : {}) });
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return attendees;
}

export function checkCorrectionReason(raw: unknown): string | DomainError {
  const typed = textOf(raw);
  if (hopelesslyLong(typed, MINUTES_LIMITS.correctionReason)) return new DomainError('correctionReasonTooLong', { length: charLength(typed), max: MINUTES_LIMITS.correctionReason });
  const reason = tidyLines(typed);
  if (!reason) return new DomainError('correctionReasonMissing');
  if (charLength(reason) > MINUTES_LIMITS.correctionReason) return new DomainError('correctionReasonTooLong', { length: charLength(reason), max: MINUTES_LIMITS.correctionReason });
  return reason;
}
