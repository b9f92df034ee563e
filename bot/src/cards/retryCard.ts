import { messages, type Locale } from '../i18n';
import { addInput } from './agendaCard';
import { banner, card, executeAction, heading, type AdaptiveCard } from './elements';
import { itemFormInputs, type ItemFormValues } from './itemCard';
import { VERBS, type Verb } from './verbs';

export interface RetryCardInput {
  locale: Locale;
  lines: string[];
  verb: Verb;
  /** The action's own data (ids, version, what the card showed), sent back unchanged on the next try. */
  data: Record<string, unknown>;
  /** What the user typed. */
  values: Partial<ItemFormValues> & { text?: string };
}

/**
 * When the store could not be reached, nothing else can be shown; this card keeps
 * what the user typed and the same button, so one click tries again.
 */
export function retryCard({ locale, lines, verb, data, values }: RetryCardInput): AdaptiveCard {
  const t = messages(locale);
  const body = [heading('Dagordning'), banner(lines, 'attention')];
  if (verb === VERBS.saveItem) {
    const shown: ItemFormValues = { title: '', section: 'information', presenters: '', minutes: '', description: '', link: '', ...values };
    return card([...body, ...itemFormInputs(locale, shown)], [executeAction(t.item.save, verb, data, { style: 'positive' })]);
  }
  return card([...body, addInput(verb, locale, verb === VERBS.addItem ? values.title : values.text)], [executeAction(t.agenda.add, verb, data)]);
}
