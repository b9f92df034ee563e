import { LIMITS } from '../domain/validation';
import { messages, type Locale } from '../i18n';
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
  const input = verb === VERBS.addItem
    ? { type: 'Input.Text', id: 'title', label: t.item.title, value: values.title ?? '', maxLength: LIMITS.title, isRequired: true, errorMessage: t.errors.titleMissing() }
    : { type: 'Input.Text', id: 'text', label: t.agenda.notices, value: values.text ?? '', maxLength: LIMITS.notice, isMultiline: true, isRequired: true, errorMessage: t.errors.noticeMissing() };
  return card([...body, input], [executeAction(t.agenda.add, verb, data)]);
}
