import { DomainError } from './errors';
import { FEEDBACK_AUDIENCES, FEEDBACK_KINDS, FEEDBACK_LIMITS, optionsOf, type FeedbackAudience, type FeedbackKind, type FeedbackRequest } from './feedback';
import { isActiveMember, type Member } from './model';
import { checkReminderTime } from './reminders';
import { charLength, excerpt, foldForMatching, tidy, tidyLines } from './text';
import { fromStockholm, isExistingDate } from './time/stockholm';
import { checkDescription, checkLink, hopelesslyLong, ValidationError } from './validation';

/**
 * The two forms of a feedback request, as cards send them back: the request (asked
 * by a member) and an answer. Everything arrives as untrusted values; every problem
 * is found at once, and the text as typed is what a card shows again after a refusal.
 */
export const FEEDBACK_FORM_FIELDS = ['question', 'description', 'link', 'kind', 'choices', 'deadlineDate', 'deadlineTime', 'reminderHours', 'owner', 'audience', 'named', 'itemId'] as const;
export type FeedbackFormField = (typeof FEEDBACK_FORM_FIELDS)[number];
/** The request form as typed: a string per field. */
export type FeedbackFormText = Record<FeedbackFormField, string>;

/** The form's choice for "no item": a ChoiceSet's choices must each have a value. */
export const NO_ITEM = 'none';

const asText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export const feedbackFormOf = (data: Record<string, unknown>): FeedbackFormText =>
  Object.fromEntries(FEEDBACK_FORM_FIELDS.map((field) => [field, asText(data[field])])) as FeedbackFormText;

export interface FeedbackFields {
  question: string;
  description?: string;
  link?: string;
  kind: FeedbackKind;
  choices: string[];
  deadline: Date;
  reminderHours: number;
  ownerMemberId: string;
  audience: FeedbackAudience;
  namedMemberIds: string[];
  itemId?: string;
}

/** Who may own a request or be named in one: the group's current members, not guests. */
export const askable = (members: Member[]): Member[] => members.filter((m) => isActiveMember(m) && m.membership !== 'gast');

function checkQuestion(raw: string): string | DomainError {
  if (hopelesslyLong(raw, FEEDBACK_LIMITS.question)) return new DomainError('feedbackQuestionTooLong', { max: FEEDBACK_LIMITS.question, length: charLength(raw) });
  const question = tidy(raw);
  if (!question) return new DomainError('feedbackQuestionMissing');
  if (charLength(question) > FEEDBACK_LIMITS.question) return new DomainError('feedbackQuestionTooLong', { max: FEEDBACK_LIMITS.question, length: charLength(question) });
  return question;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Input.Date sends YYYY-MM-DD and Input.Time HH:mm, in Stockholm time. */
export function checkDeadline(dateText: string, timeText: string, now: Date): Date | DomainError {
  const typed = `${dateText} ${timeText}`.trim();
  const day = ISO_DAY.exec(dateText.trim());
  const time = checkReminderTime(timeText);
  const date = day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : undefined;
  if (!date || !isExistingDate(date) || time instanceof DomainError) return new DomainError('feedbackDeadlineInvalid', { value: excerpt(typed, 40) });
  const deadline = fromStockholm(date, time);
  if (deadline <= now) return new DomainError('feedbackDeadlinePassed');
  if (deadline.getTime() < now.getTime() + FEEDBACK_LIMITS.minMinutesAhead * 60_000) return new DomainError('feedbackDeadlineTooSoon', { max: FEEDBACK_LIMITS.minMinutesAhead });
  if (deadline.getTime() > now.getTime() + FEEDBACK_LIMITS.maxDaysAhead * 86_400_000) return new DomainError('feedbackDeadlineTooFar', { max: FEEDBACK_LIMITS.maxDaysAhead });
  return deadline;
}

/** One option a line; empty lines are skipped. Split once, so it takes time in proportion to the text. */
function checkChoices(raw: string): string[] | DomainError {
  const { choices: most, choice: longest } = FEEDBACK_LIMITS;
  if (hopelesslyLong(raw, most * (longest + 1))) return new DomainError('feedbackTooManyChoices', { max: most, length: most + 1 });
  const options = raw.split(/\r\n?|\n/).map(tidy).filter(Boolean);
  if (options.length > most) return new DomainError('feedbackTooManyChoices', { max: most, length: options.length });
  if (options.length < 2) return new DomainError('feedbackChoicesMissing');
  const seen = new Set<string>();
  for (const option of options) {
    if (charLength(option) > longest) return new DomainError('feedbackChoiceTooLong', { value: excerpt(option, 40), max: longest });
    const folded = foldForMatching(option);
    if (seen.has(folded)) return new DomainError('feedbackChoiceDuplicate', { value: excerpt(option, 40) });
    seen.add(folded);
  }
  return options;
}

function checkReminderHours(raw: string): number | DomainError {
  const { min, max, standard } = FEEDBACK_LIMITS.reminderHours;
  const text = raw.trim();
  if (text === '') return standard;
  const hours = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(hours) && hours >= min && hours <= max ? hours : new DomainError('feedbackReminderInvalid', { value: excerpt(text, 20), min, max });
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

function checkPeople(form: FeedbackFormText, actor: Member, members: Member[]): Pick<FeedbackFields, 'ownerMemberId' | 'audience' | 'namedMemberIds'> | DomainError[] {
  const problems: DomainError[] = [];
  const eligible = new Set(askable(members).map((m) => m.id));
  const ownerId = form.owner.trim() || actor.id;
  if (!eligible.has(ownerId)) problems.push(new DomainError('feedbackOwnerInvalid'));
  const audience = FEEDBACK_AUDIENCES.find((a) => a === form.audience.trim());
  if (!audience) problems.push(new DomainError('feedbackAudienceInvalid'));
  // A multi-select ChoiceSet sends its values joined by commas; at most one per member is worth reading.
  const named = [...new Set(form.named.split(',', members.length + 1).map((id) => id.trim()).filter(Boolean))];
  if (audience === 'named') {
    if (named.length === 0) problems.push(new DomainError('feedbackNamedMissing'));
    else if (named.some((id) => !ID.test(id) || !eligible.has(id))) problems.push(new DomainError('feedbackNamedInvalid'));
  }
  if (problems.length > 0) return problems;
  return { ownerMemberId: ownerId, audience: audience!, namedMemberIds: audience === 'named' ? named : [] };
}

/** The request as the form says it, or every problem with it at once. */
export function readFeedbackForm(form: FeedbackFormText, context: { now: Date; actor: Member; members: Member[] }): FeedbackFields {
  const problems: DomainError[] = [];
  const take = <T>(value: T | DomainError): T | undefined => {
    if (value instanceof DomainError) {
      problems.push(value);
      return undefined;
    }
    return value;
  };
  const question = take(checkQuestion(form.question));
  const description = take(checkDescription(form.description));
  const link = take(checkLink(form.link));
  const kind = FEEDBACK_KINDS.find((k) => k === form.kind.trim());
  if (!kind) problems.push(new DomainError('feedbackKindInvalid'));
  const choices = kind === 'choice' ? take(checkChoices(form.choices)) : [];
  const deadline = take(checkDeadline(form.deadlineDate, form.deadlineTime, context.now));
  const reminderHours = take(checkReminderHours(form.reminderHours));
  const people = checkPeople(form, context.actor, context.members);
  if (Array.isArray(people)) problems.push(...people);
  const itemId = form.itemId.trim() === NO_ITEM ? '' : form.itemId.trim();
  if (itemId && !ID.test(itemId)) problems.push(new DomainError('feedbackItemInvalid'));
  if (problems.length > 0) throw new ValidationError(problems);
  return {
    question: question!, description, link, kind: kind!, choices: choices!, deadline: deadline!, reminderHours: reminderHours!,
    ...(people as Exclude<typeof people, DomainError[]>), ...(itemId ? { itemId } : {}),
  };
}

/** An answer as the card sends it back. */
export interface AnswerForm {
  choice: string;
  comment: string;
}

export const answerFormOf = (data: Record<string, unknown>): AnswerForm => ({ choice: asText(data.choice), comment: asText(data.comment) });

/** What the answer says, checked against the request's kind; every problem at once. */
export function readAnswer(request: Pick<FeedbackRequest, 'kind' | 'choices'>, form: AnswerForm): { choice?: string; comment?: string } {
  const problems: DomainError[] = [];
  const max = FEEDBACK_LIMITS.answer;
  let comment: string | undefined;
  if (hopelesslyLong(form.comment, max)) problems.push(new DomainError('feedbackAnswerTooLong', { max, length: charLength(form.comment) }));
  else {
    comment = tidyLines(form.comment) || undefined;
    if (comment && charLength(comment) > max) problems.push(new DomainError('feedbackAnswerTooLong', { max, length: charLength(comment) }));
  }
  const options = optionsOf(request);
  let choice: string | undefined;
  if (request.kind === 'text') {
    if (!comment && problems.length === 0) problems.push(new DomainError('feedbackAnswerMissing'));
  } else {
    const picked = form.choice.trim();
    if (!picked) problems.push(new DomainError('feedbackChoiceMissing'));
    else if (!options.includes(picked)) problems.push(new DomainError('feedbackChoiceInvalid', { value: excerpt(picked, 40) }));
    else choice = picked;
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return { ...(choice !== undefined ? { choice } : {}), ...(comment !== undefined ? { comment } : {}) };
}
