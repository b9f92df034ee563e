import type { Request, Response } from 'restify';
import { TabAccessDenied } from '../../app/tab';
import type { TabApiError, TabApiErrorCode } from '../../contract/tabApi';
import { StoreUnavailableError } from '../../domain/storage';
import { localeFrom, messages } from '../../i18n';
import type { Logger } from '../../log/logger';
import { SsoTokenRejected, SsoUnavailable } from '../ssoTokens';

/** A refusal the tab API answers with a status and a code the tab can act on. */
export class TabApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: TabApiErrorCode,
  ) {
    super(code);
    this.name = 'TabApiFailure';
  }
}

const TOKEN_FAILURES = { invalid: 'tokenInvalid', expired: 'tokenExpired', insufficientScope: 'insufficientScope' } as const;

/** What went wrong, as the tab API answers it. Faults are logged with their details and answered calmly. */
export function failureOf(error: unknown, log: Logger, context: Record<string, unknown>): TabApiFailure {
  if (error instanceof TabApiFailure) return error;
  if (error instanceof SsoTokenRejected) {
    log.info('tab token rejected', { ...context, reason: error.reason, detail: error.message });
    // RFC 6750: a valid token without the needed scope is 403, any other bad token 401.
    return new TabApiFailure(error.reason === 'insufficientScope' ? 403 : 401, TOKEN_FAILURES[error.reason]);
  }
  if (error instanceof TabAccessDenied) {
    log.info('tab access denied', { ...context, groupId: error.groupId });
    return new TabApiFailure(403, 'noAccess');
  }
  if (error instanceof SsoUnavailable || error instanceof StoreUnavailableError) {
    log.warn('tab api unavailable', { ...context, error });
    return new TabApiFailure(503, 'unavailable');
  }
  log.error('tab api failed', { ...context, error });
  return new TabApiFailure(500, 'internal');
}

const CHALLENGE: Partial<Record<TabApiErrorCode, string>> = {
  tokenMissing: 'Bearer',
  tokenInvalid: 'Bearer error="invalid_token"',
  tokenExpired: 'Bearer error="invalid_token", error_description="The token expired"',
  insufficientScope: 'Bearer error="insufficient_scope", scope="access_as_user"',
};

/** `{ error: { code, message } }` in the language the tab asked for, Swedish unless English. */
export function sendFailure(req: Request, res: Response, failure: TabApiFailure): void {
  const locale = localeFrom(req.header('accept-language'));
  const body: TabApiError = { error: { code: failure.code, message: messages(locale).tabApi[failure.code] } };
  const challenge = CHALLENGE[failure.code];
  if (challenge) res.header('WWW-Authenticate', challenge);
  res.header('Cache-Control', 'no-store');
  res.header('Content-Language', locale === 'sv' ? 'sv-SE' : 'en-US');
  res.send(failure.status, body);
}
