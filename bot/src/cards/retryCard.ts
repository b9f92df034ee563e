import { messages, type Locale } from '../i18n';
import { banner, card, executeAction, heading, type AdaptiveCard, type CardElement } from './elements';
import type { Verb } from './verbs';

export interface RetryCardInput {
  locale: Locale;
  lines: string[];
  verb: Verb;
  /** The action's own data (ids, version, what the card showed), sent back unchanged on the next try. */
  data: Record<string, unknown>;
  /** The inputs of the card that failed, filled with what the person typed. */
  inputs: CardElement[];
  /** The same button as on the card that failed. */
  button: { title: string; style?: 'positive' };
}

/**
 * When the store could not be reached, nothing else can be shown; this card keeps
 * what the person typed and the same button, so one click tries again.
 */
export function retryCard({ locale, lines, verb, data, inputs, button }: RetryCardInput): AdaptiveCard {
  const body = [heading(messages(locale).common.appName), banner(lines, 'attention'), ...inputs];
  return card(body, [executeAction(button.title, verb, data, button.style ? { style: button.style } : {})]);
}
