import { VERBS } from '../../cards/verbs';
import { messages } from '../../i18n';
import { personalCard } from '../feedback/views';
import { readId, type CardVerb } from './cardVerb';
import { loadFeedback } from './feedbackAction';

/**
 * A feedback card shown to one person: Teams asks for it on its own when a listed
 * person sees the card (the refresh, `trigger: automatic`), and "Visa mitt svar" asks
 * for it where more are asked than Teams refreshes for. It reads and writes nothing
 * else, and answers with the card for that person only.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views
 */
export const viewFeedback: CardVerb<{ requestId: string }> = {
  verb: VERBS.viewFeedback,

  read: (data) => ({ requestId: readId(data.requestId) }),

  async handle(context, input) {
    const { request, actor, locale } = await loadFeedback(context, input.requestId);
    // In a personal chat the card is that person's alone: it keeps refreshing for them.
    const refreshFor = context.turn.conversation.scope === 'personal' ? { refreshFor: [actor.member.userId] } : {};
    const { card } = await personalCard({ services: context.services, links: context.links }, request, actor.member, locale, refreshFor);
    return { card, followUps: [] };
  },

  retry: (input, locale) => ({ data: { requestId: input.requestId }, inputs: [], button: { title: messages(locale).feedback.showMine } }),
};
