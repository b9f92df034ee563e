import { messages, type Locale } from '../i18n';
import { card, heading, type AdaptiveCard } from './elements';
import { plainText } from './plainText';
import { helpCard } from './helpCard';

/** The one greeting a conversation gets when the app arrives. */
export function welcomeCard(locale: Locale, scope: 'team' | 'personal', installerName: string): AdaptiveCard {
  const t = messages(locale).welcome;
  const help = helpCard(locale);
  const intro = scope === 'team' ? t.team(installerName) : t.personal;
  return card([heading(t.title), plainText(intro), ...help.body.slice(1)]);
}
