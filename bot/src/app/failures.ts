import { DomainError } from '../domain/errors';
import { StoreUnavailableError } from '../domain/storage';
import { ValidationError } from '../domain/validation';
import { errorText, messages, type Locale } from '../i18n';
import type { Logger } from '../log/logger';

/**
 * What the user reads when something fails. Domain problems are explained;
 * anything else is logged with its details and answered with a calm generic line.
 */
export function failureLines(error: unknown, locale: Locale, log: Logger, context: Record<string, unknown>): string[] {
  if (error instanceof ValidationError) return error.problems.map((p) => errorText(p, locale));
  if (error instanceof DomainError) return [errorText(error, locale)];
  if (error instanceof StoreUnavailableError) {
    log.warn('store unavailable', { ...context, error });
    return [errorText(new DomainError('storageUnavailable'), locale)];
  }
  log.error('turn failed', { ...context, error });
  return [messages(locale).common.unexpected];
}
