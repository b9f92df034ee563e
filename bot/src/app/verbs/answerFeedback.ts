import { feedbackCard } from '../../cards/feedbackCard';
import { VERBS } from '../../cards/verbs';
import { answerFormOf, type AnswerForm } from '../../domain/feedbackForms';
import { StoreUnavailableError } from '../../domain/storage';
import { formatTime } from '../../i18n/format';
import { messages } from '../../i18n';
import { failureLines } from '../failures';
import { personalCard, sharedCard, viewerOf } from '../feedback/views';
import type { CardActionOutcome } from '../turn';
import { readId, type CardVerb } from './cardVerb';
import { loadFeedback } from './feedbackAction';

/** "Skicka svar" on a feedback card: the person's answer, until the deadline. */
interface AnswerFeedback {
  requestId: string;
  form: AnswerForm;
  /** Sent by an old client's Action.Submit from the channel's card: the answer updates the message everyone sees. */
  shared: boolean;
}

export const answerFeedback: CardVerb<AnswerFeedback> = {
  verb: VERBS.answerFeedback,

  read: (data) => ({ requestId: readId(data.requestId), form: answerFormOf(data), shared: data.shared === true }),

  /**
   * The path is short on purpose (Teams waits a few seconds for the answer): who acts,
   * the request and the stored answer in one read, then the person's own write. The
   * count on the channel's card and everyone else's views follow from a scheduler
   * pass started after the answer has gone out.
   */
  async handle(context, input): Promise<CardActionOutcome> {
    const { services } = context;
    const { request, actor, locale, stored } = await loadFeedback(context, input.requestId, true);
    const t = messages(locale).feedback;
    const views = { services, links: context.links };
    try {
      const { answer } = await services.feedback.answer(actor, request, stored, input.form);
      context.outbox.soon();
      if (input.shared && context.turn.conversation.scope === 'team') {
        return { card: (await sharedCard(views, request, locale, { notice: { kind: 'good', lines: [t.savedShared(actor.member.name)] } })).card, followUps: [] };
      }
      // The same answer sent again gets the same card: the time is the stored change's.
      const notice = { kind: 'good' as const, lines: [t.saved(formatTime(answer.changedAt, locale))] };
      const viewer = viewerOf(request, actor.member, answer);
      if (viewer.kind === 'owner') return { card: (await personalCard(views, request, actor.member, locale, { notice })).card, followUps: [] };
      return { card: feedbackCard({ request, state: 'open', locale, viewer, notice }), followUps: [] };
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      // What the person typed stays in the card, with the reason on top.
      const lines = failureLines(error, locale, context.log, { verb: VERBS.answerFeedback, requestId: request.id });
      const viewer = viewerOf(request, actor.member, stored);
      const state = services.feedback.state(request);
      return { card: feedbackCard({ request, state, locale, viewer, typed: input.form, notice: { kind: 'attention', lines: state === 'open' ? [t.fixAnswer, ...lines] : lines } }), followUps: [] };
    }
  },

  retry: (input, locale) => {
    const t = messages(locale).feedback;
    const typedChoice = input.form.choice ? [{ type: 'Input.Text', id: 'choice', label: t.choice, value: input.form.choice }] : [];
    return {
      data: { requestId: input.requestId, ...(input.shared ? { shared: true } : {}) },
      inputs: [...typedChoice, { type: 'Input.Text', id: 'comment', label: t.comment, value: input.form.comment, isMultiline: true }],
      button: { title: t.answer, style: 'positive' },
    };
  },
};
