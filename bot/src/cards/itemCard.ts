import { editableOf, formTextOf, ITEM_FIELDS, type ItemField, type ItemFormText } from '../domain/itemFields';
import type { AgendaItem, Meeting } from '../domain/model';
import { SECTIONS } from '../domain/model';
import { LIMITS } from '../domain/validation';
import { formatDate, formatDateTime } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { banner, card, executeAction, heading, LOOK, muted, showCard, text, type AdaptiveCard, type CardElement } from './elements';
import { plainText } from './plainText';
import { VERBS } from './verbs';

export interface ItemCardInput {
  item: AgendaItem;
  meeting: Meeting;
  locale: Locale;
  feedback?: { kind: 'good' | 'attention'; lines: string[] };
  /** What the user typed, shown again after a failed save so nothing is lost. */
  values?: Partial<ItemFormText>;
}

/** The form's inputs, in the item's field order, filled with what is shown; the same in the item card and its retry card. */
export function itemFormInputs(locale: Locale, shown: ItemFormText): CardElement[] {
  const t = messages(locale);
  const inputs: Record<ItemField, CardElement> = {
    title: { type: 'Input.Text', id: 'title', label: t.item.title, value: shown.title, maxLength: LIMITS.title, isRequired: true, errorMessage: t.errors.titleMissing() },
    section: {
      type: 'Input.ChoiceSet',
      id: 'section',
      label: t.item.section,
      value: shown.section,
      style: 'compact',
      choices: SECTIONS.map((s) => ({ title: t.sectionChoice[s], value: s })),
    },
    presenters: { type: 'Input.Text', id: 'presenters', label: t.item.presenters, value: shown.presenters, placeholder: t.item.presentersPlaceholder, maxLength: 500 },
    minutes: {
      type: 'Input.Number',
      id: 'minutes',
      label: t.item.minutes,
      placeholder: t.item.minutesPlaceholder,
      // No min or max: some clients clamp silently; the server explains a value it cannot use.
      ...(shown.minutes !== '' && Number.isFinite(Number(shown.minutes)) ? { value: Number(shown.minutes) } : {}),
    },
    description: { type: 'Input.Text', id: 'description', label: t.item.description, value: shown.description, isMultiline: true, maxLength: LIMITS.description },
    link: { type: 'Input.Text', id: 'link', label: t.item.link, value: shown.link, placeholder: t.item.linkPlaceholder, style: 'Url', maxLength: LIMITS.link },
  };
  return ITEM_FIELDS.map((field) => inputs[field]);
}

/**
 * The item and its form. The action carries the version and the values the card
 * showed, so a save can merge with someone else's edit instead of overwriting it.
 */
export function itemCard({ item, meeting, locale, feedback, values }: ItemCardInput): AdaptiveCard {
  const t = messages(locale);
  const shown = { ...formTextOf(item), ...values };
  const body: CardElement[] = [];
  if (feedback) body.push(banner(feedback.lines, feedback.kind));
  body.push(muted(t.item.heading(formatDate(meeting.startsAt, locale))));
  body.push(plainText(item.title, LOOK.heading));
  body.push(plainText(t.item.submitted(item.submittedByName, formatDateTime(item.submittedAt, locale)), LOOK.muted));
  body.push(muted(t.item.status(t.statuses[item.status])));
  if (item.late) body.push(text(t.item.late, { color: 'Warning', size: 'Small', spacing: 'Small' }));

  body.push(...itemFormInputs(locale, shown));

  const data = { itemId: item.id, meetingId: meeting.id, v: item.version, base: editableOf(item) };
  const target = { itemId: item.id };
  return card(body, [
    executeAction(t.item.save, VERBS.saveItem, data, { style: 'positive' }),
    showCard(t.item.move, [{ type: 'Input.Date', id: 'date', label: t.item.moveTo, isRequired: true, errorMessage: t.item.moveDateMissing }], [executeAction(t.item.moveButton, VERBS.moveItem, target)]),
    showCard(t.item.remove, [text(t.item.removeQuestion, { size: 'Small' })], [executeAction(t.item.removeButton, VERBS.removeItem, target, { style: 'destructive' })]),
    executeAction(t.feedback.ask, VERBS.askFeedback, target),
  ]);
}

/** What is left of an item card once the item left the agenda. */
export function itemGoneCard(locale: Locale, line: string): AdaptiveCard {
  return card([heading(messages(locale).common.appName), banner([line], 'good')]);
}
