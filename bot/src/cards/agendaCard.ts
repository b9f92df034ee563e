import type { AgendaPart, AgendaView } from '../domain/agenda';
import type { AgendaItem } from '../domain/model';
import { presentersText } from '../domain/presenters';
import { formatDateCapitalized, formatDateTime, formatMinutes, formatTimeRange } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { LIMITS } from '../domain/validation';
import { banner, card, container, executeAction, LOOK, muted, openUrl, showCard, subheading, text, type AdaptiveCard, type CardElement } from './elements';
import { plainText } from './plainText';
import { VERBS } from './verbs';

export interface AgendaCardInput {
  groupName: string;
  view: AgendaView;
  locale: Locale;
  /** Confirmation or problem from the action that produced this card. */
  notice?: { kind: 'good' | 'attention'; lines: string[] };
  /** What the user typed into an add form that could not be saved, offered again. */
  drafts?: { title?: string; text?: string };
}

/** A long description is cut on the agenda; the item's own card shows all of it. */
const DESCRIPTION_ON_AGENDA = 300;

/**
 * The number in its own column, wide enough for "12.": "1. Title" in a TextBlock
 * would render as a markdown list.
 */
function numbered(number: number, items: CardElement[], bold = false): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: '32px', items: [text(`${number}.`, bold ? { weight: 'Bolder' } : {})] },
      { type: 'Column', width: 'stretch', items },
    ],
  };
}

const shortened = (description: string): string =>
  [...description].length > DESCRIPTION_ON_AGENDA ? `${[...description].slice(0, DESCRIPTION_ON_AGENDA).join('').trimEnd()}…` : description;

/** A stored link as a markdown target: normalised and percent-encoded, so nothing in it can end the link early. */
function markdownUrl(link: string): string {
  let href: string;
  try {
    href = new URL(link).href;
  } catch {
    href = encodeURI(link);
  }
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function itemLine(item: AgendaItem, number: number, locale: Locale): CardElement {
  const t = messages(locale);
  const facts = [
    item.presenters.length > 0 ? `(${presentersText(item.presenters)})` : '',
    item.minutes !== undefined ? formatMinutes(item.minutes, locale) : '',
    item.late ? t.agenda.late : '',
    item.followUpOf ? t.agenda.followUp : '',
  ].filter(Boolean);
  const lines = [plainText(item.title)];
  if (facts.length > 0) lines.push(plainText(facts.join(' · '), LOOK.muted));
  if (item.description) lines.push(plainText(shortened(item.description), { size: 'Small', spacing: 'Small' }));
  if (item.link) lines.push(text(`[${t.agenda.document}](${markdownUrl(item.link)})`, { size: 'Small', spacing: 'None' }));
  return numbered(number, lines);
}

function partLines(part: AgendaPart, view: AgendaView, locale: Locale): CardElement[] {
  const t = messages(locale);
  const numberOf = (item: AgendaItem): number => view.numbers.get(item.id)!;
  switch (part.kind) {
    case 'fixed':
      return part.items.map((item) => itemLine(item, numberOf(item), locale));
    case 'section': {
      const lines = part.items.length > 0 ? part.items.map((item) => itemLine(item, numberOf(item), locale)) : [text(t.agenda.noDecisions, { isSubtle: true, spacing: 'Small' })];
      return [container([subheading(t.agenda.headings[part.section]), ...lines], { spacing: 'Medium' })];
    }
    case 'notices': {
      const notices = part.items.length > 0
        ? part.items.map((n) => plainText(`• ${n.title} (${presentersText(n.presenters)})${n.late ? ` – ${t.agenda.late}` : ''}`, { spacing: 'Small' }))
        : [text(t.agenda.noNotices, { isSubtle: true, spacing: 'Small' })];
      // Its own section, numbered like an item, as the group's agendas list it.
      return [container([numbered(view.noticesNumber, [subheading(t.agenda.headings.kortkort), ...notices], true)], { spacing: 'Medium' })];
    }
  }
}

/** The one input of "add an item" or "add a notice", with what the user typed before, if anything. */
export function addInput(verb: typeof VERBS.addItem | typeof VERBS.addNotice, locale: Locale, value?: string): CardElement {
  const t = messages(locale);
  const typed = value ? { value } : {};
  return verb === VERBS.addItem
    ? { type: 'Input.Text', id: 'title', label: t.item.title, placeholder: t.agenda.itemTitlePlaceholder, ...typed, maxLength: LIMITS.title, isRequired: true, errorMessage: t.errors.titleMissing() }
    : { type: 'Input.Text', id: 'text', label: t.agenda.notices, placeholder: t.agenda.noticePlaceholder, ...typed, maxLength: LIMITS.notice, isMultiline: true, isRequired: true, errorMessage: t.errors.noticeMissing() };
}

export function agendaCard({ groupName, view, locale, notice, drafts }: AgendaCardInput): AdaptiveCard {
  const t = messages(locale);
  const { meeting } = view;
  const body: CardElement[] = [];
  if (notice) body.push(banner(notice.lines, notice.kind));
  body.push(plainText(t.agenda.title(groupName), LOOK.heading));
  body.push(plainText(`${formatDateCapitalized(meeting.startsAt, locale)}, ${formatTimeRange(meeting.startsAt, meeting.endsAt, locale)}, ${meeting.place}`, { spacing: 'None' }));
  body.push(muted(t.agenda.deadline(formatDateTime(meeting.agendaDeadline, locale))));

  if (view.sections.length === 0 && view.notices.length === 0) body.push(text(t.agenda.noItems, { isSubtle: true, spacing: 'Medium' }));
  for (const part of view.parts) body.push(...partLines(part, view, locale));

  if (view.setAside.length > 0) {
    body.push(container([subheading(t.agenda.setAside), ...view.setAside.map((i) => plainText(`${i.title} – ${t.statuses[i.status]}`, LOOK.muted))], { spacing: 'Medium' }));
  }

  const over = view.plannedMinutes - view.meetingMinutes;
  body.push(text(t.agenda.planned(formatMinutes(view.plannedMinutes, locale), formatMinutes(view.meetingMinutes, locale)), { spacing: 'Medium', weight: 'Bolder' }));
  if (over > 0) body.push(text(t.agenda.over(formatMinutes(over, locale)), { color: 'Attention', spacing: 'None' }));

  const target = { meetingId: meeting.id };
  const actions = [
    ...(meeting.joinLink ? [openUrl(t.agenda.joinLink, meeting.joinLink)] : []),
    showCard(t.agenda.addItem, [addInput(VERBS.addItem, locale, drafts?.title)], [executeAction(t.agenda.add, VERBS.addItem, target)]),
    showCard(t.agenda.addNotice, [addInput(VERBS.addNotice, locale, drafts?.text)], [executeAction(t.agenda.add, VERBS.addNotice, target)]),
    executeAction(messages(locale).feedback.ask, VERBS.askFeedback, target),
  ];
  return card(body, actions);
}
