import type { LogLevel } from '../log/logger';
import type { GraphCredentialSettings, SharePointSettings } from '../stores/sharepoint/settings';

export type { GraphCredentialSettings, SharePointSettings } from '../stores/sharepoint/settings';
import { isLoopbackHostname } from './loopback';

/**
 * The one place that reads the environment. Every setting is checked at start and
 * all problems are reported together, so a misconfigured deployment fails at once
 * with a list of what to fix instead of failing later inside a conversation.
 */
export type Mode = 'local' | 'production';
export type BotAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotCredentials {
  appId: string;
  appPassword?: string;
  tenantId?: string;
  appType: BotAppType;
}

/** Teams single sign-on for the tab: whose tokens the tab API accepts. */
export interface TabSsoSettings {
  /** The Entra app (client) id of the tab's registration. */
  clientId: string;
  /** Its Application ID URI, `api://<host>/<client id>`. */
  appIdUri: string;
  /** Entra's OpenID metadata: issuer and signing keys (national clouds, tests). */
  openIdMetadataUrl: string;
}

export const PUBLIC_CLOUD_OPENID_METADATA_URL = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';

export interface Config {
  mode: Mode;
  port: number;
  host?: string;
  store: 'sqlite' | 'sharepoint';
  /** Present exactly when store is sharepoint. */
  sharePoint?: SharePointSettings;
  sqlitePath: string;
  demoData: boolean;
  logLevel: LogLevel;
  /** Absent only in local mode: then the bot endpoint does not authenticate. */
  bot?: BotCredentials;
  /** LOCAL_ALLOW_REMOTE: local mode without authentication may be reached from other machines. */
  allowRemote: boolean;
  /** Override of the Bot Connector's OpenID metadata (national clouds, tests). */
  botOpenIdMetadataUrl?: string;
  /**
   * What personal chats speak: each person's Teams client ('client'), or one language.
   * Local mode speaks Swedish by default: the Agents Playground claims en-US for everyone.
   */
  chatLanguage: 'client' | 'sv' | 'en';
  /** Absent only in local mode: then the tab runs with the local development identity. */
  tabSso?: TabSsoSettings;
  /** Seconds between the server's reminder passes; 0 turns its own scheduler off (an external timer runs `npm run reminders`). */
  reminderIntervalSeconds: number;
  /** Proactive messages per second for the whole app, below Teams' global limit per app and tenant. */
  sendRatePerSecond: number;
  /** Signs the links cards carry to this server (a feedback request's answers as CSV); made at each start in local mode when not set. */
  linkSigningKey: string;
  /** Where people's browsers reach this server, for those links; absent: the address the server listens on. */
  publicUrl?: string;
  /** The Teams app's id (the manifest's `id`): links from chat to the minutes then open the channel tab inside Teams. */
  teamsAppId?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
};

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!match) problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return match ?? fallback;
}

function bool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'ja'].includes(raw)) return true;
  if (['0', 'false', 'no', 'nej'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function url(env: Env, name: string, problems: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
    return raw;
  } catch {
    problems.push(`${name} must be an http(s) URL (got "${raw}")`);
    return undefined;
  }
}

function botCredentials(env: Env, mode: Mode, problems: string[]): BotCredentials | undefined {
  const appId = value(env, 'BOT_ID');
  const appPassword = value(env, 'BOT_PASSWORD');
  const tenantId = value(env, 'BOT_TENANT_ID');
  const appType = oneOf(env, 'BOT_TYPE', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'SingleTenant', problems);
  if (!appId) {
    if (mode === 'production') problems.push('BOT_ID is required in production: the Entra app (client) id of the bot registration');
    if (appPassword) problems.push('BOT_PASSWORD is set but BOT_ID is missing');
    if (mode === 'production' && appType !== 'UserAssignedMSI' && !appPassword) {
      problems.push('BOT_PASSWORD is required in production: the client secret of the bot registration');
    }
    return undefined;
  }
  if (appType === 'UserAssignedMSI') {
    if (appPassword) problems.push('BOT_PASSWORD must not be set when BOT_TYPE is UserAssignedMSI');
  } else if (!appPassword) {
    problems.push('BOT_PASSWORD is required when BOT_ID is set: the client secret of the bot registration');
  }
  if (appType !== 'MultiTenant' && !tenantId) problems.push(`BOT_TENANT_ID is required when BOT_TYPE is ${appType}`);
  return { appId, appPassword, tenantId, appType };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Teams SSO wants an Application ID URI of the form api://<fully qualified domain>/<client id>:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad#to-expose-an-api
 */
function tabSso(env: Env, mode: Mode, problems: string[]): TabSsoSettings | undefined {
  const clientId = value(env, 'TAB_SSO_CLIENT_ID');
  const appIdUri = value(env, 'TAB_SSO_APP_ID_URI');
  const openIdMetadataUrl = url(env, 'ENTRA_OPENID_METADATA_URL', problems) ?? PUBLIC_CLOUD_OPENID_METADATA_URL;
  if (!clientId && !appIdUri && mode === 'local') return undefined;
  if (!clientId) problems.push(`TAB_SSO_CLIENT_ID is required ${mode === 'production' ? 'in production' : 'with TAB_SSO_APP_ID_URI'}: the Entra app (client) id the tab signs in with`);
  else if (!GUID.test(clientId)) problems.push(`TAB_SSO_CLIENT_ID must be an Entra app (client) id, a GUID (got "${clientId}")`);
  if (!appIdUri) problems.push(`TAB_SSO_APP_ID_URI is required ${mode === 'production' ? 'in production' : 'with TAB_SSO_CLIENT_ID'}: the Application ID URI, api://<host>/<client id>`);
  else if (!/^api:\/\/[^/\s]+\/\S+$/.test(appIdUri) || (clientId && !appIdUri.endsWith(`/${clientId}`))) {
    problems.push(`TAB_SSO_APP_ID_URI must be api://<host>/<client id>, ending in TAB_SSO_CLIENT_ID (got "${appIdUri}")`);
  }
  return { clientId: clientId ?? '', appIdUri: appIdUri ?? '', openIdMetadataUrl };
}

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return parsed;
}

/** The standard @azure/identity settings: a client secret, a certificate, or else a managed identity. */
function graphCredential(env: Env, problems: string[]): GraphCredentialSettings {
  const tenantId = value(env, 'AZURE_TENANT_ID');
  const clientId = value(env, 'AZURE_CLIENT_ID');
  const clientSecret = value(env, 'AZURE_CLIENT_SECRET');
  const certificatePath = value(env, 'AZURE_CLIENT_CERTIFICATE_PATH');
  if (clientSecret && certificatePath) problems.push('Set either AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, not both');
  if (clientSecret || certificatePath) {
    if (!tenantId) problems.push('AZURE_TENANT_ID is required with a client secret or certificate');
    if (!clientId) problems.push('AZURE_CLIENT_ID is required with a client secret or certificate');
  }
  if (clientSecret) return { kind: 'clientSecret', tenantId: tenantId ?? '', clientId: clientId ?? '', clientSecret };
  if (certificatePath) return { kind: 'clientCertificate', tenantId: tenantId ?? '', clientId: clientId ?? '', certificatePath };
  return { kind: 'managedIdentity', clientId };
}

function sharePointSettings(env: Env, problems: string[]): SharePointSettings {
  const siteId = value(env, 'SHAREPOINT_SITE_ID');
  if (!siteId) problems.push('SHAREPOINT_SITE_ID is required when STORE is sharepoint: a site id or hostname:/sites/path');
  return {
    siteId: siteId ?? '',
    graphBaseUrl: (url(env, 'GRAPH_BASE_URL', problems) ?? 'https://graph.microsoft.com').replace(/\/+$/, '').replace(/\/v1\.0$/, ''),
    authorityHost: url(env, 'AZURE_AUTHORITY_HOST', problems) ?? 'https://login.microsoftonline.com',
    credential: graphCredential(env, problems),
    maxRetries: wholeNumber(env, 'GRAPH_MAX_RETRIES', 4, 0, 10, problems),
    maxRetryDelaySeconds: wholeNumber(env, 'GRAPH_MAX_RETRY_DELAY_SECONDS', 30, 0, 180, problems),
  };
}

/** Only what Graph needs (provisioning); the site may come from the command line. */
export function loadSharePointSettings(env: Env, site?: string): SharePointSettings {
  const problems: string[] = [];
  const settings = sharePointSettings({ ...env, ...(site ? { SHAREPOINT_SITE_ID: site } : {}) }, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}

/** A link's signature is only as good as its key: at least 256 bits' worth of characters. */
export const MIN_LINK_KEY_LENGTH = 32;

function linkSigningKey(env: Env, mode: Mode, problems: string[]): string {
  const key = value(env, 'LINK_SIGNING_KEY');
  if (key !== undefined) {
    if (key.length < MIN_LINK_KEY_LENGTH) problems.push(`LINK_SIGNING_KEY must be at least ${MIN_LINK_KEY_LENGTH} characters, random (for example: openssl rand -base64 48); it has ${key.length}`);
    return key;
  }
  if (mode === 'production') problems.push('LINK_SIGNING_KEY is required in production: at least 32 random characters that sign the links on cards (for example: openssl rand -base64 48)');
  // Local mode: a key for this run only; links from an earlier run, or from another process, do not open.
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}

/**
 * PUBLIC_URL, or in production the https address of the tab's own host (the one its
 * Application ID URI names), or nothing: the server then uses the address it listens on.
 */
function publicUrl(env: Env, mode: Mode, tab: TabSsoSettings | undefined, problems: string[]): string | undefined {
  const given = url(env, 'PUBLIC_URL', problems);
  if (given) {
    if (mode === 'production' && !given.startsWith('https://')) problems.push(`PUBLIC_URL must be an https URL in production (got "${given}")`);
    return given.replace(/\/+$/, '');
  }
  const host = tab?.appIdUri ? /^api:\/\/([^/\s]+)\//.exec(tab.appIdUri)?.[1] : undefined;
  return mode === 'production' && host ? `https://${host}` : undefined;
}

export function loadConfig(env: Env, mode: Mode): Config {
  const problems: string[] = [];
  const config: Config = {
    mode,
    port: wholeNumber(env, 'PORT', 3978, 0, 65535, problems),
    // Local mode has no authentication, so it only listens on this machine unless told otherwise.
    host: value(env, 'HOST') ?? (mode === 'local' ? '127.0.0.1' : undefined),
    store: oneOf(env, 'STORE', ['sqlite', 'sharepoint'] as const, 'sqlite', problems),
    sqlitePath: value(env, 'SQLITE_PATH') ?? './data/dagordning.db',
    demoData: bool(env, 'DEMO_DATA', mode === 'local', problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info', problems),
    bot: botCredentials(env, mode, problems),
    allowRemote: bool(env, 'LOCAL_ALLOW_REMOTE', false, problems),
    botOpenIdMetadataUrl: url(env, 'BOT_OPENID_METADATA_URL', problems),
    chatLanguage: oneOf(env, 'CHAT_LANGUAGE', ['client', 'sv', 'en'] as const, mode === 'local' ? 'sv' : 'client', problems),
    tabSso: tabSso(env, mode, problems),
    reminderIntervalSeconds: wholeNumber(env, 'REMINDER_INTERVAL_SECONDS', 60, 0, 86_400, problems),
    // Teams allows 50 requests a second per app and tenant; 40 leaves room for the bot's replies.
    sendRatePerSecond: wholeNumber(env, 'SEND_RATE_PER_SECOND', 40, 1, 50, problems),
    linkSigningKey: linkSigningKey(env, mode, problems),
  };
  const teamsAppId = value(env, 'TEAMS_APP_ID');
  if (teamsAppId !== undefined) {
    if (GUID.test(teamsAppId)) config.teamsAppId = teamsAppId;
    else problems.push(`TEAMS_APP_ID must be the Teams app's id from its manifest, a GUID (got "${teamsAppId}")`);
  }
  const base = publicUrl(env, mode, config.tabSso, problems);
  if (base) config.publicUrl = base;
  if (config.store === 'sharepoint') config.sharePoint = sharePointSettings(env, problems);
  checkReach(config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Without Bot Connector authentication anyone who reaches the port acts as any
 * member, so local mode stays on this machine unless LOCAL_ALLOW_REMOTE says otherwise.
 */
function checkReach(config: Config, problems: string[]): void {
  if (config.mode === 'production') {
    if (config.allowRemote) problems.push('LOCAL_ALLOW_REMOTE applies only to local mode (npm start); production always authenticates');
    return;
  }
  if (!config.bot && !config.allowRemote && config.host !== undefined && !isLoopbackHostname(config.host)) {
    problems.push(`HOST=${config.host} would let other machines use local mode, which has no authentication: use 127.0.0.1, or set LOCAL_ALLOW_REMOTE=true to allow it`);
  }
}

/** Nothing authenticates callers and remote access was not allowed: only this machine may call, by a loopback name. */
export const loopbackOnly = (config: Config): boolean => !config.bot && !config.allowRemote;
