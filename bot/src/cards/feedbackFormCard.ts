import { FEEDBACK_AUDIENCES, FEEDBACK_KINDS, FEEDBACK_LIMITS } from '../domain/feedback';
import { NO_ITEM, type FeedbackFormText } from '../domain/feedbackForms';
import { messages, type Locale } from '../i18n';
import { banner, card, executeAction, heading, muted, type AdaptiveCard, type CardElement } from './elements';
import { VERBS } from './verbs';

export interface FeedbackFormCardInput {
  groupId: string;
  locale: Locale;
  /** Who may receive the answers or be asked by name: the group's members, not guests. */
  people: { id: string; name: string }[];
  /** The next meeting's items, to keep the request with one of them. */
  items: { id: string; number: number; title: string }[];
  /** As stored defaults, or as the person typed before a refusal. */
  shown: FeedbackFormText;
  notice?: { kind: 'good' | 'attention'; lines: string[] };
}

/** The form's inputs, filled with what is shown; the same in the form card and in its retry card. */
export function feedbackFormInputs({ locale, people, items, shown }: Omit<FeedbackFormCardInput, 'groupId' | 'notice'>): CardElement[] {
  const t = messages(locale).feedback;
  const person = people.map((p) => ({ title: p.name, value: p.id }));
  const reminder = Number(shown.reminderHours);
  return [
    { type: 'Input.Text', id: 'question', label: t.question, placeholder: t.questionPlaceholder, value: shown.question, maxLength: FEEDBACK_LIMITS.question, isRequired: true, errorMessage: messages(locale).errors.feedbackQuestionMissing() },
    { type: 'Input.Text', id: 'description', label: t.description, value: shown.description, isMultiline: true, maxLength: FEEDBACK_LIMITS.description },
    { type: 'Input.Text', id: 'link', label: t.link, value: shown.link, placeholder: 'https://…', style: 'Url' },
    { type: 'Input.ChoiceSet', id: 'kind', label: t.kind, style: 'expanded', value: shown.kind, choices: FEEDBACK_KINDS.map((k) => ({ title: t.kinds[k], value: k })) },
    // No maxLength: the server counts the options and says what is wrong, instead of a client cutting lines off.
    { type: 'Input.Text', id: 'choices', label: t.choices, placeholder: t.choicesPlaceholder, value: shown.choices, isMultiline: true },
    { type: 'Input.Date', id: 'deadlineDate', label: t.deadlineDate, value: shown.deadlineDate, isRequired: true, errorMessage: t.deadlineMissing },
    { type: 'Input.Time', id: 'deadlineTime', label: t.deadlineTime, value: shown.deadlineTime, isRequired: true, errorMessage: t.deadlineMissing },
    { type: 'Input.Number', id: 'reminderHours', label: t.reminderHours, ...(shown.reminderHours.trim() !== '' && Number.isFinite(reminder) ? { value: reminder } : {}) },
    { type: 'Input.ChoiceSet', id: 'owner', label: t.owner, style: 'compact', value: shown.owner, choices: person },
    { type: 'Input.ChoiceSet', id: 'audience', label: t.audience, style: 'expanded', value: shown.audience, choices: FEEDBACK_AUDIENCES.map((a) => ({ title: t.audiences[a], value: a })) },
    { type: 'Input.ChoiceSet', id: 'named', label: t.named, style: 'compact', isMultiSelect: true, value: shown.named, choices: person },
    {
      type: 'Input.ChoiceSet', id: 'itemId', label: t.item, style: 'compact', value: shown.itemId || NO_ITEM,
      choices: [{ title: t.noItem, value: NO_ITEM }, ...items.map((i) => ({ title: i.number > 0 ? t.itemChoice(i.number, i.title) : i.title, value: i.id }))],
    },
  ];
}

/** `synpunkter <ämne>`, or "Be om synpunkter" on an item or the agenda: the form that asks the group. */
export function feedbackFormCard(input: FeedbackFormCardInput): AdaptiveCard {
  const t = messages(input.locale).feedback;
  const body: CardElement[] = [];
  if (input.notice) body.push(banner(input.notice.lines, input.notice.kind));
  body.push(heading(t.formTitle), muted(t.formIntro), ...feedbackFormInputs(input));
  return card(body, [executeAction(t.send, VERBS.createFeedback, { groupId: input.groupId }, { style: 'positive' })]);
}
