import { messages, type Locale } from '../i18n';
import { banner, card, container, heading, muted, text, type AdaptiveCard, type CardElement } from './elements';

/** What the bot can do; shown on "hjälp" and after anything it did not understand. */
export function helpCard(locale: Locale, lead?: string): AdaptiveCard {
  const t = messages(locale).help;
  const body: CardElement[] = [];
  if (lead) body.push(banner([lead], 'attention'));
  body.push(heading(t.title), text(t.intro));
  for (const [command, what] of t.commands) {
    body.push(container([text(command, { fontType: 'Monospace', weight: 'Bolder' }), muted(what)], { spacing: 'Small' }));
  }
  body.push(muted(t.english));
  return card(body);
}
