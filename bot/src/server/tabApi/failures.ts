import type { Request, Response } from 'restify';
import { TabAccessDenied, TabBadRequest, TabNotFound } from '../../app/tab';
import type { TabApiError, TabApiErrorCode } from '../../contract/tabApi';
import { DomainError, EditConflict, type ErrorCode } from '../../domain/errors';
import { StoreUnavailableError } from '../../domain/storage';
import { ValidationError } from '../../domain/validation';
import { errorText, localeFrom, messages, type Locale } from '../../i18n';
import type { Logger } from '../../log/logger';
import { SsoTokenRejected, SsoUnavailable } from '../ssoTokens';

/** What a refusal says beyond its code: the user's mistakes in their words, or what someone else stored meanwhile. */
export interface FailureDetail {
  problems?: DomainError[];
  current?: unknown;
}

/** A refusal the tab API answers with a status and a code the tab can act on. */
export class TabApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: TabApiErrorCode,
    readonly detail: FailureDetail = {},
  ) {
    super(code);
    this.name = 'TabApiFailure';
  }
}

/** The domain's refusals that are not about what was typed, each with its own answer. */
const DOMAIN_FAILURES: Partial<Record<ErrorCode, [number, TabApiErrorCode]>> = {
  notCoordinator: [403, 'notAllowed'],
  exportNotForGuests: [403, 'notAllowed'],
  exportNotPublished: [404, 'gone'],
  minutesPublished: [409, 'minutesLocked'],
  alreadyPublished: [409, 'alreadyPublished'],
  itemNotOnAgenda: [409, 'gone'],
  actionGone: [409, 'gone'],
  followUpGone: [409, 'gone'],
  archiveNotForGuests: [403, 'notAllowed'],
  notActionOwner: [403, 'notAllowed'],
  termInvalid: [400, 'badRequest'],
};

/** A mistake in what the person wrote (400), or a refusal the domain names (403, 409): said in their words. */
function domainFailure(error: DomainError | ValidationError): TabApiFailure {
  if (error instanceof ValidationError) return new TabApiFailure(400, 'invalidInput', { problems: error.problems });
  if (error instanceof EditConflict) return new TabApiFailure(409, 'editConflict', { problems: [error], current: error.current });
  const [status, code] = DOMAIN_FAILURES[error.code] ?? [400, 'invalidInput'];
  return new TabApiFailure(status, code, { problems: [error] });
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
  if (error instanceof TabNotFound) return new TabApiFailure(404, 'gone');
  if (error instanceof TabBadRequest) return new TabApiFailure(400, 'badRequest');
  if (error instanceof DomainError || error instanceof ValidationError) {
    const failure = domainFailure(error);
    if (failure.status === 403) log.info('tab write refused', { ...context, code: failure.code });
    return failure;
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
  const body: TabApiError = { error: { code: failure.code, message: messageOf(failure, locale), ...extras(failure, locale) } };
  const challenge = CHALLENGE[failure.code];
  if (challenge) res.header('WWW-Authenticate', challenge);
  res.header('Cache-Control', 'no-store');
  res.header('Content-Language', locale === 'sv' ? 'sv-SE' : 'en-US');
  res.send(failure.status, body);
}

function messageOf(failure: TabApiFailure, locale: Locale): string {
  const problems = failure.detail.problems ?? [];
  return problems.length > 0 ? problems.map((p) => errorText(p, locale)).join(' ') : messages(locale).tabApi[failure.code];
}

function extras(failure: TabApiFailure, locale: Locale): Partial<TabApiError['error']> {
  const { problems = [], current } = failure.detail;
  return {
    ...(problems.length > 1 ? { problems: problems.map((p) => errorText(p, locale)) } : {}),
    ...(failure.code === 'editConflict' ? { current: current ?? null } : {}),
  };
}
