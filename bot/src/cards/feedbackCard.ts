import type { FeedbackAnswer, FeedbackRequest, FeedbackState, FeedbackTally } from '../domain/feedback';
import type { AnswerForm } from '../domain/feedbackForms';
import { excerpt } from '../domain/text';
import { formatDayTime } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { banner, card, container, executeAction, heading, LOOK, muted, openUrl, showCard, subheading, text, type AdaptiveCard, type CardElement } from './elements';
import { plainText } from './plainText';
import { VERBS } from './verbs';

/**
 * A feedback request's card. Posted in the channel, everyone sees the shared card;
 * with Universal Actions each person Teams refreshes it for sees their own view
 * instead: their answer to change until the deadline, or, for the owner, everyone's.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views
 */
export type FeedbackViewer =
  /** The channel message itself: no one's own answer, the counts only. */
  | { kind: 'shared' }
  | { kind: 'asked'; answer?: FeedbackAnswer }
  /** The owner sees every answer; they may be among those asked too. */
  | { kind: 'owner'; asked: boolean; answer?: FeedbackAnswer }
  /** Neither asked nor the owner. */
  | { kind: 'other' };

export interface FeedbackCardInput {
  request: FeedbackRequest;
  state: FeedbackState;
  locale: Locale;
  viewer: FeedbackViewer;
  /** The counts; the owner's view and a closed card also list the answers. */
  tally?: FeedbackTally;
  /** Those Teams refreshes the card for when they see it (Teams takes at most 60). */
  refreshFor?: string[];
  /** More are asked than Teams refreshes for: a button brings one's own view. */
  showOwnButton?: boolean;
  /** The owner's signed link to the answers as CSV. */
  csvUrl?: string;
  canWithdraw?: boolean;
  /** What the person typed into the answer form before a refusal. */
  typed?: AnswerForm;
  notice?: { kind: 'good' | 'attention'; lines: string[] };
  /** A line above it all (the reminder's). */
  lead?: string;
}

/** Teams renders a message of about 28 KB at the most: long answers are cut on the card; the CSV file has them whole. */
const LISTED_ANSWERS = 40;
const COMMENT_ON_CARD = 300;

export interface RenderedFeedbackCard {
  card: AdaptiveCard;
  summary: string;
}

/** "Ja – Passar bra", "18–19 april", or the free text. */
export function answerText(answer: Pick<FeedbackAnswer, 'choice' | 'comment'>, request: Pick<FeedbackRequest, 'kind'>, locale: Locale, cut?: number): string {
  const t = messages(locale).feedback;
  const choice = answer.choice === undefined ? '' : request.kind === 'yesNo' ? (t.yesNo[answer.choice] ?? answer.choice) : answer.choice;
  const comment = answer.comment === undefined ? '' : cut ? excerpt(answer.comment, cut) : answer.comment;
  return [choice, comment].filter(Boolean).join(' – ');
}

function header({ request, state, locale }: FeedbackCardInput): CardElement[] {
  const t = messages(locale).feedback;
  const label = state === 'open' ? t.heading : state === 'closed' ? t.headingClosed : t.headingWithdrawn;
  const lines: CardElement[] = [heading(label), plainText(request.question, { size: 'Medium', weight: 'Bolder' })];
  if (request.description) lines.push(plainText(request.description, { spacing: 'Small' }));
  if (request.itemTitle) lines.push(plainText(t.aboutItem(request.itemTitle), LOOK.muted));
  lines.push(plainText(t.askedBy(request.ownerName), LOOK.muted));
  const deadline = formatDayTime(request.deadline, locale);
  if (state === 'open') lines.push(text(t.deadline(deadline), { weight: 'Bolder', spacing: 'Small' }));
  else if (state === 'closed') lines.push(text(t.closedAt(deadline), { weight: 'Bolder', spacing: 'Small' }));
  else lines.push(plainText(t.withdrawnBy(request.withdrawnByName ?? request.ownerName), { weight: 'Bolder', spacing: 'Small' }));
  return lines;
}

function counts({ request, state, locale, tally }: FeedbackCardInput): CardElement[] {
  if (!tally || state === 'withdrawn') return [];
  const t = messages(locale).feedback;
  const lines = [text(t.answered(tally.answered, tally.asked), { spacing: 'Small' })];
  if (state !== 'closed') return lines;
  const results = request.kind === 'text'
    ? [muted(t.textCount(tally.answers.length))]
    : tally.perOption.map(({ option, count }) => plainText(t.optionCount(answerText({ choice: option }, request, locale), count), { spacing: 'None' }));
  return [...lines, container([subheading(t.result), ...results], { spacing: 'Medium' })];
}

function ownAnswer({ request, locale, viewer, state }: FeedbackCardInput): CardElement[] {
  if (viewer.kind !== 'asked' && !(viewer.kind === 'owner' && viewer.asked)) return [];
  const t = messages(locale).feedback;
  const { answer } = viewer;
  if (!answer) return state === 'open' ? [muted(t.notYet)] : [];
  const first = formatDayTime(answer.answeredAt, locale);
  const when = answer.changedAt === answer.answeredAt ? t.answeredAt(first) : t.changedAt(first, formatDayTime(answer.changedAt, locale));
  return [container([plainText(t.yourAnswer(answerText(answer, request, locale)), { weight: 'Bolder' }), muted(when)], { spacing: 'Medium' })];
}

function everyAnswer({ request, locale, viewer, tally }: FeedbackCardInput): CardElement[] {
  if (viewer.kind !== 'owner' || !tally) return [];
  const t = messages(locale).feedback;
  const listed = tally.answers.slice(0, LISTED_ANSWERS).map((a) => plainText(t.answerLine(a.name, answerText(a, request, locale, COMMENT_ON_CARD)), { spacing: 'Small' }));
  const lines = [subheading(t.answers), ...(listed.length > 0 ? listed : [muted(t.noAnswers)])];
  if (tally.answers.length > LISTED_ANSWERS) lines.push(muted(t.more(tally.answers.length - LISTED_ANSWERS)));
  const missing = tally.notAnswered.map((m) => m.name).join(', ');
  lines.push(missing ? plainText(t.notAnswered(missing), LOOK.muted) : muted(t.allAnswered));
  return [container(lines, { spacing: 'Medium' })];
}

/** The answer's inputs for the request's kind, filled with the stored or typed answer. */
export function answerInputs(request: Pick<FeedbackRequest, 'kind' | 'choices'>, shown: AnswerForm, locale: Locale): CardElement[] {
  const t = messages(locale).feedback;
  const errors = messages(locale).errors;
  // No maxLength: a client would cut the text silently; the server says how long it may be and keeps it all.
  const comment = (label: string, required: boolean): CardElement => ({
    type: 'Input.Text', id: 'comment', label, value: shown.comment, isMultiline: true, ...(required ? { isRequired: true, errorMessage: errors.feedbackAnswerMissing() } : {}),
  });
  if (request.kind === 'text') return [comment(t.text, true)];
  const choices = request.kind === 'yesNo' ? [{ title: t.yesNo.ja!, value: 'ja' }, { title: t.yesNo.nej!, value: 'nej' }] : request.choices.map((c) => ({ title: c, value: c }));
  return [
    { type: 'Input.ChoiceSet', id: 'choice', label: t.choice, style: 'expanded', value: shown.choice, choices, isRequired: true, errorMessage: errors.feedbackChoiceMissing() },
    comment(t.comment, false),
  ];
}

const showsForm = ({ state, viewer }: FeedbackCardInput): boolean =>
  state === 'open' && (viewer.kind === 'shared' || viewer.kind === 'asked' || (viewer.kind === 'owner' && viewer.asked));

/**
 * The answer button. On the shared card its Action.Submit fallback says so: an old
 * client's answer then updates the message everyone sees, which must stay the shared card.
 */
function answerButton(input: FeedbackCardInput, title: string): CardElement {
  const data = { requestId: input.request.id };
  const action = executeAction(title, VERBS.answerFeedback, data, { style: 'positive' });
  if (input.viewer.kind !== 'shared') return action;
  const fallback = action.fallback as CardElement;
  return { ...action, fallback: { ...fallback, data: { ...(fallback.data as object), shared: true } } };
}

function actions(input: FeedbackCardInput): CardElement[] {
  const t = messages(input.locale).feedback;
  const { request, viewer, state } = input;
  const found: CardElement[] = [];
  if (showsForm(input)) {
    const answered = (viewer.kind === 'asked' || viewer.kind === 'owner') && viewer.answer !== undefined;
    found.push(answerButton(input, answered ? t.change : t.answer));
  }
  if (request.link) found.push(openUrl(t.openDocument, request.link));
  if (input.showOwnButton && viewer.kind === 'shared') found.push(executeAction(t.showMine, VERBS.viewFeedback, { requestId: request.id }));
  if (input.csvUrl) found.push(openUrl(t.csv, input.csvUrl));
  if (input.canWithdraw && state === 'open') {
    found.push(showCard(t.withdraw, [text(t.withdrawQuestion, { size: 'Small' })], [executeAction(t.withdrawButton, VERBS.withdrawFeedback, { requestId: request.id }, { style: 'destructive' })]));
  }
  return found;
}

export function feedbackCard(input: FeedbackCardInput): AdaptiveCard {
  const t = messages(input.locale).feedback;
  const body: CardElement[] = [];
  if (input.notice) body.push(banner(input.notice.lines, input.notice.kind));
  if (input.lead) body.push(container([text(input.lead, { weight: 'Bolder' })], { style: 'accent', bleed: true }));
  body.push(...header(input), ...counts(input), ...ownAnswer(input), ...everyAnswer(input));
  if (input.viewer.kind === 'other' && input.state === 'open') body.push(muted(t.notAsked));
  if (input.typed && !showsForm(input)) {
    const typed = [input.typed.choice, input.typed.comment].filter((part) => part.trim() !== '').join(' – ');
    if (typed) body.push(container([muted(t.notSaved), plainText(typed)], { spacing: 'Medium' }));
  }
  if (showsForm(input)) {
    const own = input.viewer.kind === 'asked' || input.viewer.kind === 'owner' ? input.viewer.answer : undefined;
    const shown = input.typed ?? { choice: own?.choice ?? '', comment: own?.comment ?? '' };
    body.push(container(answerInputs(input.request, shown, input.locale), { spacing: 'Medium' }));
  }
  const built = card(body, actions(input));
  if (!input.refreshFor) return built;
  const refresh = { action: { type: 'Action.Execute', verb: VERBS.viewFeedback, data: { requestId: input.request.id } }, userIds: input.refreshFor };
  return { ...built, refresh };
}
