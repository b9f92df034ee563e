import { feedbackFormCard } from '../../cards/feedbackFormCard';
import type { AdaptiveCard } from '../../cards/elements';
import { askable, type FeedbackFormText } from '../../domain/feedbackForms';
import type { Actor, AgendaItem, Meeting } from '../../domain/model';
import type { Services } from '../../domain/services';
import { addDays, isoDate, toStockholm } from '../../domain/time/stockholm';
import type { Locale } from '../../i18n';

/** How far ahead the form proposes the deadline: a week, at noon. */
const DEFAULT_DAYS = 7;

export interface FormPreset {
  question?: string;
  item?: AgendaItem;
  /** The meeting whose items are offered; the group's next meeting when absent. */
  meeting?: Meeting;
}

/** The form's starting values: the asker receives the answers, the leadership group answers within a week. */
function defaults(services: Services, actor: Actor, preset: FormPreset): FeedbackFormText {
  const day = addDays(toStockholm(services.deps.now()), DEFAULT_DAYS);
  return {
    question: preset.question ?? preset.item?.title ?? '', description: '', link: preset.item?.link ?? '', kind: 'text', choices: '', deadlineDate: isoDate(day), deadlineTime: '12:00',
    reminderHours: '24', owner: actor.member.id, audience: 'LG', named: '', itemId: preset.item?.id ?? '',
  };
}

/**
 * The form that asks the group, with the group's members to choose from and the
 * meeting's items to keep the request with; filled with what was typed when shown again.
 */
export async function feedbackForm(
  services: Services, actor: Actor, locale: Locale, preset: FormPreset, shown?: { typed: FeedbackFormText; notice: { kind: 'good' | 'attention'; lines: string[] } },
): Promise<AdaptiveCard> {
  const [members, meeting] = await Promise.all([
    services.deps.store.members.listByGroup(actor.group.id),
    preset.meeting ?? (preset.item ? services.deps.store.meetings.get(preset.item.meetingId) : services.meetings.next(actor.group.id)),
  ]);
  const view = meeting ? await services.agenda.agenda(meeting) : undefined;
  const items = view ? view.sections.flatMap((s) => s.items).map((item) => ({ id: item.id, number: view.numbers.get(item.id)!, title: item.title })) : [];
  return feedbackFormCard({
    groupId: actor.group.id, locale, people: askable(members).map((m) => ({ id: m.id, name: m.name })), items,
    shown: shown?.typed ?? defaults(services, actor, preset), notice: shown?.notice,
  });
}
