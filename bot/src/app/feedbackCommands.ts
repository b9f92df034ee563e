import { messages } from '../i18n';
import { acting, type Handler } from './acting';
import { feedbackForm } from './feedback/form';
import { cardReply } from './turn';

/** `synpunkter <ämne>` / `feedback <topic>`: the form that asks the group, with the topic as its question. Guests do not ask. */
export const askFeedback: Handler<'askFeedback'> = async (context, command) => {
  const { actor, locale } = await acting(context);
  context.services.feedback.assertMayAsk(actor.member);
  const card = await feedbackForm(context.services, actor, locale, { question: command.topic });
  return [cardReply(card, messages(locale).feedback.formTitle)];
};
