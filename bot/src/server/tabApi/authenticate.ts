import type { TabIdentity } from '../../app/tab';
import type { Config } from '../../config/config';
import { createSsoTokenValidator, type SsoTokenValidator } from '../ssoTokens';
import { TabApiFailure } from './failures';

/** Turns a request's Authorization header into the person behind it, or refuses. */
export type TabAuthenticator = (authorization: string | undefined) => Promise<TabIdentity>;

export function ssoAuthentication(validator: SsoTokenValidator): TabAuthenticator {
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new TabApiFailure(401, 'tokenMissing');
    return validator.validate(token);
  };
}

/**
 * Sign-on when it is configured; otherwise, and only in local mode, the development
 * identity the wiring gives. Production without sign-on settings is refused at start by the config.
 */
export function tabAuthentication(config: Pick<Config, 'mode' | 'tabSso'>, developmentIdentity: () => TabIdentity): TabAuthenticator {
  if (config.tabSso) return ssoAuthentication(createSsoTokenValidator(config.tabSso));
  if (config.mode !== 'local') throw new Error('The tab needs TAB_SSO_CLIENT_ID and TAB_SSO_APP_ID_URI outside local mode');
  const identity = developmentIdentity();
  return async () => identity;
}
