import { feedbackFormInputs } from '../../cards/feedbackFormCard';
import { VERBS } from '../../cards/verbs';
import { feedbackFormOf, NO_ITEM, type FeedbackFormText } from '../../domain/feedbackForms';
import { StoreUnavailableError } from '../../domain/storage';
import { formatDayTime } from '../../i18n/format';
import { messages } from '../../i18n';
import { failureLines } from '../failures';
import { feedbackForm } from '../feedback/form';
import { personalCard } from '../feedback/views';
import { together } from '../together';
import { replyLocale } from '../turn';
import { actorForGroup, readAheadActor, readGroupId, type CardVerb } from './cardVerb';

/** "Skicka frågan" on the form: the request is stored in one write; the scheduler posts it in the channel. */
interface CreateFeedback {
  groupId: string;
  form: FeedbackFormText;
}

const ITEM_ID = /^[A-Za-z0-9-]{1,64}$/;

export const createFeedback: CardVerb<CreateFeedback> = {
  verb: VERBS.createFeedback,

  read: (data) => ({ groupId: readGroupId(data.groupId), form: feedbackFormOf(data) }),

  async handle(context, input) {
    const { services } = context;
    const { store } = services.deps;
    const actor = await actorForGroup(context, input.groupId, await readAheadActor(context));
    const locale = replyLocale(context.turn, actor.group);
    // Who may ask is settled before the form is read.
    services.feedback.assertMayAsk(actor.member);
    const itemId = input.form.itemId.trim() === NO_ITEM ? '' : input.form.itemId.trim();
    const [members, next, item] = await together([
      store.members.listByGroup(actor.group.id),
      services.meetings.next(actor.group.id),
      ITEM_ID.test(itemId) ? store.items.get(itemId) : undefined,
    ]);
    try {
      const request = await services.feedback.create(actor, input.form, { members, next, item });
      context.outbox.soon();
      const notice = { kind: 'good' as const, lines: [messages(locale).feedback.created(formatDayTime(request.deadline, locale))] };
      return { card: (await personalCard({ services, links: context.links }, request, actor.member, locale, { notice })).card, followUps: [] };
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      // The form comes back as typed, with every problem on top.
      const lines = failureLines(error, locale, context.log, { verb: VERBS.createFeedback });
      const card = await feedbackForm(services, actor, locale, {}, { typed: input.form, notice: { kind: 'attention', lines: [messages(locale).feedback.fix, ...lines] } });
      return { card, followUps: [] };
    }
  },

  retry: (input, locale) => {
    // The store could not be read: the people and items cannot be listed, so the chosen ones are offered as they were.
    const title = messages(locale).feedback.keptChoice;
    const kept = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))].map((id) => ({ id, name: title, number: 0, title }));
    return {
      data: { groupId: input.groupId },
      inputs: feedbackFormInputs({ locale, shown: input.form, people: kept([input.form.owner, ...input.form.named.split(',')]), items: kept([input.form.itemId].filter((id) => id !== NO_ITEM)) }),
      button: { title: messages(locale).feedback.send, style: 'positive' },
    };
  },
};
