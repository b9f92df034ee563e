import type { AgendaView } from '../domain/agenda';
import type { AgendaItem } from '../domain/model';
import { presentersText } from '../domain/presenters';
import { formatDateCapitalized, formatDateTime, formatMinutes, formatTimeRange } from '../i18n/format';
import { messages, type Locale } from '../i18n';
import { LIMITS } from '../domain/validation';
import { banner, card, container, executeAction, heading, muted, openUrl, showCard, subheading, text, type AdaptiveCard, type CardElement } from './elements';
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

/** The number in its own column: "1. Title" in a TextBlock would render as a markdown list. */
function numbered(number: number, items: CardElement[], bold = false): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: '24px', items: [text(`${number}.`, bold ? { weight: 'Bolder' } : {})] },
      { type: 'Column', width: 'stretch', items },
    ],
  };
}

function itemLine(item: AgendaItem, number: number, locale: Locale): CardElement[] {
  const t = messages(locale);
  const facts = [
    item.presenters.length > 0 ? `(${presentersText(item.presenters)})` : '',
    item.minutes !== undefined ? formatMinutes(item.minutes, locale) : '',
    item.late ? t.agenda.late : '',
  ].filter(Boolean);
  return [numbered(number, [text(item.title), ...(facts.length > 0 ? [muted(facts.join(' · '))] : [])])];
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
  body.push(heading(t.agenda.title(groupName)));
  body.push(text(`${formatDateCapitalized(meeting.startsAt, locale)}, ${formatTimeRange(meeting.startsAt, meeting.endsAt, locale)}, ${meeting.place}`, { spacing: 'None' }));
  body.push(muted(t.agenda.deadline(formatDateTime(meeting.agendaDeadline, locale))));

  if (view.sections.length === 0 && view.notices.length === 0) body.push(text(t.agenda.noItems, { isSubtle: true, spacing: 'Medium' }));
  let number = 0;
  const hasDecisions = view.sections.some((s) => s.section === 'beslut');
  const sections = hasDecisions ? view.sections : [...view.sections, { section: 'beslut' as const, items: [] }];
  const ordered = ['fast', 'beslut', 'information', 'diskussion'].flatMap((name) => sections.filter((s) => s.section === name));
  for (const { section, items } of ordered) {
    const lines = items.length > 0 ? items.flatMap((item) => itemLine(item, ++number, locale)) : [text(t.agenda.noDecisions, { isSubtle: true, spacing: 'Small' })];
    body.push(container([subheading(t.sections[section]), ...lines], { spacing: 'Medium' }));
  }

  const notices = view.notices.length > 0
    ? view.notices.map((n) => text(`• ${n.title} (${presentersText(n.presenters)})${n.late ? ` – ${t.agenda.late}` : ''}`, { spacing: 'Small' }))
    : [text(t.agenda.noNotices, { isSubtle: true, spacing: 'Small' })];
  body.push(container([numbered(++number, [text(t.agenda.notices, { weight: 'Bolder' }), ...notices], true)], { spacing: 'Medium' }));

  if (view.setAside.length > 0) {
    body.push(container([subheading(t.agenda.setAside), ...view.setAside.map((i) => muted(`${i.title} – ${t.statuses[i.status]}`))], { spacing: 'Medium' }));
  }

  const over = view.plannedMinutes - view.meetingMinutes;
  body.push(text(t.agenda.planned(formatMinutes(view.plannedMinutes, locale), formatMinutes(view.meetingMinutes, locale)), { spacing: 'Medium', weight: 'Bolder' }));
  if (over > 0) body.push(text(t.agenda.over(formatMinutes(over, locale)), { color: 'Attention', spacing: 'None' }));

  const target = { meetingId: meeting.id };
  const actions = [
    ...(meeting.joinLink ? [openUrl(t.agenda.joinLink, meeting.joinLink)] : []),
    showCard(t.agenda.addItem, [addInput(VERBS.addItem, locale, drafts?.title)], [executeAction(t.agenda.add, VERBS.addItem, target)]),
    showCard(t.agenda.addNotice, [addInput(VERBS.addNotice, locale, drafts?.text)], [executeAction(t.agenda.add, VERBS.addNotice, target)]),
  ];
  return card(body, actions);
}
