import { banner, card, heading, type AdaptiveCard } from '../cards/elements';
import { retryCard } from '../cards/retryCard';
import { DomainError } from '../domain/errors';
import { StoreUnavailableError } from '../domain/storage';
import { messages, type Locale } from '../i18n';
import { failureLines } from './failures';
import type { CardActionOutcome } from './turn';
import type { CardVerb, VerbContext } from './verbs/cardVerb';
import { verbFor } from './verbs/table';

/** A card that only explains; used when there is nothing sensible left to show. */
export function problemCard(lines: string[], locale: Locale): AdaptiveCard {
  return card([heading(messages(locale).common.appName), banner(lines, 'attention')]);
}

function readAction(data: unknown): { verb: CardVerb<unknown>; fields: Record<string, unknown> } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new DomainError('badCardData');
  const fields = data as Record<string, unknown>;
  const verb = verbFor(fields.action);
  if (!verb) throw new DomainError('unknownAction');
  return { verb, fields };
}

/**
 * Runs a card action, whichever way it arrived (Action.Execute or the Action.Submit
 * fallback). When the store cannot be reached the answer keeps what the person typed,
 * with the same button to try again.
 */
export async function runCardAction(context: VerbContext, data: unknown): Promise<CardActionOutcome> {
  let verb: CardVerb<unknown> | undefined;
  let request: unknown;
  try {
    const action = readAction(data);
    verb = action.verb;
    request = verb.read(action.fields);
    return await verb.handle(context, request);
  } catch (error) {
    const locale = await context.actors.localeFor(context.turn);
    const lines = failureLines(error, locale, context.log, { action: 'card', verb: verb?.verb });
    if (verb && request !== undefined && error instanceof StoreUnavailableError) {
      const retry = verb.retry(request, locale);
      return { card: retryCard({ locale, lines, verb: verb.verb, ...retry }), followUps: [] };
    }
    return { card: problemCard(lines, locale), followUps: [] };
  }
}
