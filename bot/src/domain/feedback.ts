import { isActiveMember, type Member, type Versioned } from './model';

/**
 * Feedback before a deadline ("Deadline för synpunkter är 12 november"): a question
 * to the group, or to named members, answered on a card until a deadline; reminded
 * before it, closed and compiled for its owner after it. Codes are ASCII, as every
 * other code the stores keep; labels live in i18n.
 */
export const FEEDBACK_KINDS = ['text', 'yesNo', 'choice'] as const;
/** Free text; yes or no with a comment ("Passar 18–19 april?"); one of a few choices with a comment. */
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_AUDIENCES = ['LG', 'LGSG', 'named'] as const;
/** The leadership group, the leadership and steering groups, or members named one by one. */
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];

export const YES_NO = ['ja', 'nej'] as const;

export const FEEDBACK_LIMITS = {
  question: 255,
  description: 4000,
  /** A choice question has 2 to 20 options. */
  choices: 20,
  choice: 100,
  answer: 4000,
  /** The deadline must leave people time to answer. */
  minMinutesAhead: 10,
  maxDaysAhead: 366,
  reminderHours: { min: 1, max: 168, standard: 24 },
} as const;

export interface FeedbackRequest extends Versioned {
  id: string;
  groupId: string;
  /** The meeting it is kept with for the minutes: the item's, or the next meeting when it was asked. */
  meetingId?: string;
  itemId?: string;
  /** The item's title when it was asked, so no card needs to read the item. */
  itemTitle?: string;
  question: string;
  description?: string;
  link?: string;
  kind: FeedbackKind;
  /** The options of a choice question, in the order shown; empty for the other kinds. */
  choices: string[];
  /** UTC instant; shown in Stockholm time. */
  deadline: string;
  /** Those who have not answered get one reminder this long before the deadline. */
  reminderHours: number;
  ownerMemberId: string;
  /** The owner's Teams user id: their own view of the card and their compilation go to it. */
  ownerUserId: string;
  ownerName: string;
  audience: FeedbackAudience;
  namedMemberIds: string[];
  createdByMemberId: string;
  createdAt: string;
  /** Taken back by its owner, the chair or the secretary: no more answers. */
  withdrawnAt?: string;
  withdrawnByName?: string;
  /** The app has queued the closed channel card and the owner's compilation: nothing more is due for it. */
  settledAt?: string;
}

/** One person's answer to one request; a changed answer replaces it and keeps the time of the change. */
export interface FeedbackAnswer extends Versioned {
  id: string;
  requestId: string;
  groupId: string;
  memberId: string;
  /** The person's Teams user id: with the request's id, what makes an answer one per person. */
  userId: string;
  name: string;
  /** "ja"/"nej" for yes or no, the option's text for a choice. */
  choice?: string;
  comment?: string;
  answeredAt: string;
  changedAt: string;
}

export type FeedbackState = 'open' | 'closed' | 'withdrawn';

/** What a request is now: the deadline closes it whatever the stored record says. */
export function feedbackState(request: Pick<FeedbackRequest, 'deadline' | 'withdrawnAt'>, now: Date): FeedbackState {
  if (request.withdrawnAt) return 'withdrawn';
  return now >= new Date(request.deadline) ? 'closed' : 'open';
}

/** When the reminder goes out: the request's hours before its deadline. */
export const reminderDue = (request: Pick<FeedbackRequest, 'deadline' | 'reminderHours'>): Date =>
  new Date(Date.parse(request.deadline) - request.reminderHours * 3600_000);

/** Is the member among those asked? Guests never are, whatever the request names. */
export function inAudience(request: Pick<FeedbackRequest, 'audience' | 'namedMemberIds'>, member: Member): boolean {
  if (!isActiveMember(member) || member.membership === 'gast') return false;
  switch (request.audience) {
    case 'LG':
      return member.membership === 'LG';
    case 'LGSG':
      return true;
    case 'named':
      return request.namedMemberIds.includes(member.id);
  }
}

export const audienceOf = (request: Pick<FeedbackRequest, 'audience' | 'namedMemberIds'>, members: Member[]): Member[] =>
  members.filter((member) => inAudience(request, member));

/** The options a person picks from: yes or no, the request's choices, or none (free text). */
export function optionsOf(request: Pick<FeedbackRequest, 'kind' | 'choices'>): readonly string[] {
  if (request.kind === 'yesNo') return YES_NO;
  return request.kind === 'choice' ? request.choices : [];
}

export interface FeedbackTally {
  /** Answers from those asked; the "4" of "4 av 17". */
  answered: number;
  /** How many are asked now; the "17". */
  asked: number;
  perOption: { option: string; count: number }[];
  /** Every answer, by name. */
  answers: FeedbackAnswer[];
  notAnswered: Member[];
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'sv');

/** Answers by person, counts per option and who did not answer: what the owner gets at the deadline. */
export function tallyOf(request: FeedbackRequest, members: Member[], answers: FeedbackAnswer[]): FeedbackTally {
  const asked = audienceOf(request, members);
  const answeredIds = new Set(answers.map((a) => a.memberId));
  const perOption = optionsOf(request).map((option) => ({ option, count: answers.filter((a) => a.choice === option).length }));
  return {
    answered: asked.filter((m) => answeredIds.has(m.id)).length,
    asked: asked.length,
    perOption,
    answers: [...answers].sort(byName),
    notAnswered: asked.filter((m) => !answeredIds.has(m.id)).sort(byName),
  };
}

export const sameAnswer = (a: Pick<FeedbackAnswer, 'choice' | 'comment'>, b: Pick<FeedbackAnswer, 'choice' | 'comment'>): boolean =>
  (a.choice ?? '') === (b.choice ?? '') && (a.comment ?? '') === (b.comment ?? '');
