import { VERBS } from '../../cards/verbs';
import { StoreUnavailableError } from '../../domain/storage';
import { messages } from '../../i18n';
import { failureLines } from '../failures';
import { personalCard } from '../feedback/views';
import { readId, type CardVerb } from './cardVerb';
import { loadFeedback } from './feedbackAction';

/** "Ja, ta bort" on the owner's view: no more answers; the channel's card says so after the next pass. */
export const withdrawFeedback: CardVerb<{ requestId: string }> = {
  verb: VERBS.withdrawFeedback,

  read: (data) => ({ requestId: readId(data.requestId) }),

  async handle(context, input) {
    const { request, actor, locale } = await loadFeedback(context, input.requestId);
    const views = { services: context.services, links: context.links };
    try {
      const withdrawn = await context.services.feedback.withdraw(actor, request);
      context.outbox.soon();
      return { card: (await personalCard(views, withdrawn, actor.member, locale, { notice: { kind: 'good', lines: [messages(locale).feedback.withdrawn] } })).card, followUps: [] };
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      const lines = failureLines(error, locale, context.log, { verb: VERBS.withdrawFeedback, requestId: request.id });
      return { card: (await personalCard(views, request, actor.member, locale, { notice: { kind: 'attention', lines } })).card, followUps: [] };
    }
  },

  retry: (input, locale) => ({ data: { requestId: input.requestId }, inputs: [], button: { title: messages(locale).feedback.withdrawButton } }),
};
