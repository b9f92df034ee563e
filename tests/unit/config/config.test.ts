import { ConfigError, loadConfig } from '../../../bot/src/config/config';

const SECRET = 'Zq8~kT3.fake-client-secret_Norrby';
const production = {
  BOT_ID: '00000000-1111-2222-3333-444444444444',
  BOT_PASSWORD: SECRET,
  BOT_TENANT_ID: '99999999-8888-7777-6666-555555555555',
  TAB_SSO_CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  TAB_SSO_APP_ID_URI: 'api://dagordning.example.se/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  LINK_SIGNING_KEY: 'k3Y-for-signing-links-0123456789abcdef',
};
const botOnly = { BOT_ID: production.BOT_ID, BOT_PASSWORD: SECRET, BOT_TENANT_ID: production.BOT_TENANT_ID, LINK_SIGNING_KEY: production.LINK_SIGNING_KEY };

function problemsOf(env: Record<string, string | undefined>, mode: 'local' | 'production'): ConfigError {
  try {
    loadConfig(env, mode);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig in local mode', () => {
  it('runs with no settings at all, on this machine only, with demo data', () => {
    expect(loadConfig({}, 'local')).toEqual({
      mode: 'local',
      port: 3978,
      host: '127.0.0.1',
      store: 'sqlite',
      sqlitePath: './data/dagordning.db',
      demoData: true,
      logLevel: 'info',
      bot: undefined,
      allowRemote: false,
      botOpenIdMetadataUrl: undefined,
      chatLanguage: 'sv',
      tabSso: undefined,
      reminderIntervalSeconds: 60,
      sendRatePerSecond: 40,
      linkSigningKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('speaks the language CHAT_LANGUAGE names, or follows each client, and refuses anything else', () => {
    expect(loadConfig({ CHAT_LANGUAGE: 'client' }, 'local').chatLanguage).toBe('client');
    expect(loadConfig({ CHAT_LANGUAGE: 'EN' }, 'local').chatLanguage).toBe('en');
    expect(problemsOf({ CHAT_LANGUAGE: 'fi' }, 'local').message).toMatch(/CHAT_LANGUAGE must be one of client, sv, en/);
  });

  it('runs the reminders every minute at 40 messages a second unless told otherwise; 0 turns its own scheduler off', () => {
    expect(loadConfig({ REMINDER_INTERVAL_SECONDS: '0', SEND_RATE_PER_SECOND: '20' }, 'local')).toMatchObject({ reminderIntervalSeconds: 0, sendRatePerSecond: 20 });
    expect(problemsOf({ SEND_RATE_PER_SECOND: '60' }, 'local').problems).toEqual(['SEND_RATE_PER_SECOND must be a whole number from 1 to 50 (got "60")']);
    expect(problemsOf({ SEND_RATE_PER_SECOND: '0' }, 'local').problems).toEqual(['SEND_RATE_PER_SECOND must be a whole number from 1 to 50 (got "0")']);
    expect(problemsOf({ REMINDER_INTERVAL_SECONDS: 'ofta' }, 'local').problems).toEqual(['REMINDER_INTERVAL_SECONDS must be a whole number from 0 to 86400 (got "ofta")']);
  });

  it('treats blank settings as not set', () => {
    expect(loadConfig({ PORT: '  ', HOST: '', DEMO_DATA: ' ' }, 'local')).toMatchObject({ port: 3978, host: '127.0.0.1', demoData: true });
  });

  it('takes the settings it is given', () => {
    const config = loadConfig({ PORT: ' 8080 ', HOST: '0.0.0.0', LOCAL_ALLOW_REMOTE: 'true', SQLITE_PATH: '/var/lib/dagordning/lg.db', DEMO_DATA: 'nej', LOG_LEVEL: 'DEBUG', STORE: 'SQLite' }, 'local');
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', allowRemote: true, sqlitePath: '/var/lib/dagordning/lg.db', demoData: false, logLevel: 'debug', store: 'sqlite' });
  });

  it.each([
    ['ja', true],
    ['1', true],
    ['yes', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
    ['no', false],
  ])('reads DEMO_DATA=%s as %s', (raw, expected) => {
    expect(loadConfig({ DEMO_DATA: raw }, 'local').demoData).toBe(expected);
  });
});

describe('loadConfig keeps unauthenticated local mode on this machine', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'dagordning.example.com'])('refuses HOST=%s without LOCAL_ALLOW_REMOTE, naming the setting', (host) => {
    expect(problemsOf({ HOST: host }, 'local').problems).toEqual([expect.stringMatching(new RegExp(`HOST=${host.replace(/\./g, '\\.')} .*no authentication.*LOCAL_ALLOW_REMOTE=true`))]);
  });

  it.each(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])('listens on HOST=%s without further ado', (host) => {
    expect(loadConfig({ HOST: host }, 'local')).toMatchObject({ host, allowRemote: false });
  });

  it('listens on all interfaces when LOCAL_ALLOW_REMOTE=true says so', () => {
    expect(loadConfig({ HOST: '0.0.0.0', LOCAL_ALLOW_REMOTE: 'true' }, 'local')).toMatchObject({ host: '0.0.0.0', allowRemote: true });
  });

  it('lets an authenticated local server (BOT_ID, e.g. behind a dev tunnel) listen anywhere', () => {
    expect(loadConfig({ ...production, HOST: '0.0.0.0' }, 'local')).toMatchObject({ host: '0.0.0.0', allowRemote: false });
  });

  it('reads LOCAL_ALLOW_REMOTE as true or false, and only in local mode', () => {
    expect(problemsOf({ LOCAL_ALLOW_REMOTE: 'kanske' }, 'local').message).toMatch(/LOCAL_ALLOW_REMOTE must be true or false/);
    expect(problemsOf({ ...production, LOCAL_ALLOW_REMOTE: 'true' }, 'production').message).toMatch(/LOCAL_ALLOW_REMOTE applies only to local mode/);
    expect(loadConfig({ ...production, LOCAL_ALLOW_REMOTE: 'false' }, 'production').allowRemote).toBe(false);
  });
});

describe('loadConfig in production', () => {
  it('starts with a complete single-tenant registration, without demo data, listening on all interfaces', () => {
    const config = loadConfig(production, 'production');
    expect(config).toMatchObject({ mode: 'production', demoData: false, host: undefined, chatLanguage: 'client' });
    expect(config.bot).toEqual({ appId: production.BOT_ID, appPassword: SECRET, tenantId: production.BOT_TENANT_ID, appType: 'SingleTenant' });
  });

  it('names BOT_ID, BOT_PASSWORD, both tab sign-on settings and the link signing key in one error when all are missing', () => {
    const error = problemsOf({}, 'production');
    expect(error.problems.map((p) => p.split(' ')[0])).toEqual(['BOT_ID', 'BOT_PASSWORD', 'TAB_SSO_CLIENT_ID', 'TAB_SSO_APP_ID_URI', 'LINK_SIGNING_KEY']);
  });

  it('requires BOT_TENANT_ID for a single-tenant bot, which is the default type', () => {
    const error = problemsOf({ ...production, BOT_TENANT_ID: undefined }, 'production');
    expect(error.problems).toEqual([expect.stringMatching(/BOT_TENANT_ID.*SingleTenant/)]);
  });

  it('does not need a tenant for a multi-tenant bot', () => {
    const config = loadConfig({ ...production, BOT_TENANT_ID: undefined, BOT_TYPE: 'multitenant' }, 'production');
    expect(config.bot).toMatchObject({ appType: 'MultiTenant', tenantId: undefined });
  });

  it('wants no password for a managed identity, and refuses one', () => {
    expect(loadConfig({ ...production, BOT_PASSWORD: undefined, BOT_TYPE: 'UserAssignedMSI' }, 'production').bot).toMatchObject({
      appType: 'UserAssignedMSI',
      appPassword: undefined,
    });
    expect(problemsOf({ ...production, BOT_TYPE: 'UserAssignedMSI' }, 'production').message).toMatch(/BOT_PASSWORD must not be set/);
  });

  it('requires the password when only BOT_ID is set, also locally', () => {
    expect(problemsOf({ BOT_ID: production.BOT_ID, BOT_TYPE: 'MultiTenant' }, 'local').message).toMatch(/BOT_PASSWORD is required/);
  });

  it('refuses a password without an id', () => {
    expect(problemsOf({ BOT_PASSWORD: SECRET }, 'local').message).toMatch(/BOT_PASSWORD is set but BOT_ID is missing/);
  });
});

describe('loadConfig for the tab\'s single sign-on', () => {
  it('takes the client id and Application ID URI, with the public cloud\'s metadata by default', () => {
    expect(loadConfig(production, 'production').tabSso).toEqual({
      clientId: production.TAB_SSO_CLIENT_ID,
      appIdUri: production.TAB_SSO_APP_ID_URI,
      openIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    });
  });

  it('refuses to run production without them, naming both', () => {
    const error = problemsOf(botOnly, 'production');
    expect(error.problems).toEqual([
      expect.stringMatching(/^TAB_SSO_CLIENT_ID is required in production/),
      expect.stringMatching(/^TAB_SSO_APP_ID_URI is required in production/),
    ]);
  });

  it('leaves them out in local mode, where the tab uses the development identity', () => {
    expect(loadConfig({ ENTRA_OPENID_METADATA_URL: 'http://127.0.0.1:5000/common/v2.0/.well-known/openid-configuration' }, 'local').tabSso).toBeUndefined();
  });

  it('uses them in local mode too when both are given, with a national cloud\'s or a test issuer\'s metadata', () => {
    const metadata = 'https://login.microsoftonline.us/common/v2.0/.well-known/openid-configuration';
    expect(loadConfig({ ...production, ENTRA_OPENID_METADATA_URL: metadata }, 'local').tabSso).toMatchObject({ clientId: production.TAB_SSO_CLIENT_ID, openIdMetadataUrl: metadata });
  });

  it.each([
    [{ TAB_SSO_CLIENT_ID: production.TAB_SSO_CLIENT_ID }, /TAB_SSO_APP_ID_URI is required with TAB_SSO_CLIENT_ID/],
    [{ TAB_SSO_APP_ID_URI: production.TAB_SSO_APP_ID_URI }, /TAB_SSO_CLIENT_ID is required with TAB_SSO_APP_ID_URI/],
    [{ TAB_SSO_CLIENT_ID: 'dagordning', TAB_SSO_APP_ID_URI: 'api://x.se/dagordning' }, /TAB_SSO_CLIENT_ID must be an Entra app \(client\) id, a GUID/],
    [{ ...production, TAB_SSO_APP_ID_URI: 'https://dagordning.example.se/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }, /TAB_SSO_APP_ID_URI must be api:\/\/<host>\/<client id>/],
    [{ ...production, TAB_SSO_APP_ID_URI: 'api://dagordning.example.se/11111111-bbbb-cccc-dddd-eeeeeeeeeeee' }, /ending in TAB_SSO_CLIENT_ID/],
    [{ ...production, ENTRA_OPENID_METADATA_URL: 'login.microsoftonline.com' }, /ENTRA_OPENID_METADATA_URL must be an http\(s\) URL/],
  ])('names a wrong or half setting: %j', (env, message) => {
    expect(problemsOf(env, 'local').message).toMatch(message);
  });
});

describe('loadConfig reports bad values by name', () => {
  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ PORT: '80.5' }, /PORT/],
    [{ STORE: 'postgres' }, /STORE must be one of sqlite, sharepoint \(got "postgres"\)/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of debug, info, warn, error, silent/],
    [{ DEMO_DATA: 'kanske' }, /DEMO_DATA must be true or false/],
    [{ BOT_TYPE: 'Single' }, /BOT_TYPE must be one of MultiTenant, SingleTenant, UserAssignedMSI/],
    [{ BOT_OPENID_METADATA_URL: 'ftp://login.example/openid' }, /BOT_OPENID_METADATA_URL must be an http\(s\) URL/],
  ])('%j', (env, message) => {
    expect(problemsOf(env, 'local').message).toMatch(message);
  });

  it('lists every problem at once', () => {
    const error = problemsOf({ PORT: 'abc', STORE: 'postgres', LOG_LEVEL: 'verbose', DEMO_DATA: 'kanske' }, 'local');
    expect(error.problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'STORE', 'DEMO_DATA', 'LOG_LEVEL']);
  });
});

describe('loadConfig never reveals the bot password', () => {
  it.each([
    ['password without id', { BOT_PASSWORD: SECRET }, 'production'],
    ['password with a managed identity', { ...production, BOT_TYPE: 'UserAssignedMSI' }, 'production'],
    ['password next to other bad settings', { ...production, BOT_TENANT_ID: '', PORT: 'x', LOG_LEVEL: 'loud', BOT_TYPE: 'Single' }, 'production'],
    ['password in local mode', { BOT_PASSWORD: SECRET, DEMO_DATA: 'kanske' }, 'local'],
  ] as const)('%s', (_label, env, mode) => {
    const error = problemsOf(env, mode);
    expect(error.message).not.toContain(SECRET);
    expect(error.problems.join('\n')).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(String(error.stack)).not.toContain(SECRET);
  });
});

describe('loadConfig with the SharePoint store', () => {
  const base = { STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'skolor.sharepoint.com:/sites/lg' };

  it('needs a site and names it', () => {
    expect(() => loadConfig({ STORE: 'sharepoint' }, 'local')).toThrow(/SHAREPOINT_SITE_ID is required when STORE is sharepoint/);
  });

  it('uses a client secret with its tenant and client, and the public cloud by default', () => {
    const config = loadConfig({ ...base, AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_SECRET: 's' }, 'local');
    expect(config.sharePoint).toMatchObject({
      siteId: 'skolor.sharepoint.com:/sites/lg',
      graphBaseUrl: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
      credential: { kind: 'clientSecret', tenantId: 't', clientId: 'c' },
      maxRetries: 4,
      maxRetryDelaySeconds: 30,
    });
  });

  it('falls back to a managed identity when no secret or certificate is set', () => {
    expect(loadConfig({ ...base, AZURE_CLIENT_ID: 'uami' }, 'local').sharePoint?.credential).toEqual({ kind: 'managedIdentity', clientId: 'uami' });
  });

  it('names what a secret or certificate is missing, and refuses both at once', () => {
    const message = (() => {
      try {
        loadConfig({ ...base, AZURE_CLIENT_SECRET: 'hemligt-värde', AZURE_CLIENT_CERTIFICATE_PATH: '/cert.pem' }, 'local');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain('Set either AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, not both');
    expect(message).toContain('AZURE_TENANT_ID is required');
    expect(message).toContain('AZURE_CLIENT_ID is required');
    expect(message).not.toContain('hemligt-värde');
  });

  it('takes a national cloud or test Graph origin, with or without /v1.0', () => {
    const config = loadConfig({ ...base, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us' }, 'local');
    expect(config.sharePoint?.graphBaseUrl).toBe('https://graph.microsoft.us');
    expect(config.sharePoint?.authorityHost).toBe('https://login.microsoftonline.us');
  });

  it('bounds the retry settings', () => {
    expect(() => loadConfig({ ...base, GRAPH_MAX_RETRY_DELAY_SECONDS: '999' }, 'local')).toThrow(/GRAPH_MAX_RETRY_DELAY_SECONDS must be a whole number from 0 to 180/);
  });
});

describe('loadConfig for the links on cards', () => {
  it('requires a long enough LINK_SIGNING_KEY in production, and never shows it', () => {
    expect(problemsOf({ ...production, LINK_SIGNING_KEY: 'short-key' }, 'production').problems).toEqual([
      'LINK_SIGNING_KEY must be at least 32 characters, random (for example: openssl rand -base64 48); it has 9',
    ]);
    expect(loadConfig(production, 'production').linkSigningKey).toBe(production.LINK_SIGNING_KEY);
  });

  it('makes a key of its own at each start in local mode', () => {
    const [first, second] = [loadConfig({}, 'local').linkSigningKey, loadConfig({}, 'local').linkSigningKey];
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('links to PUBLIC_URL, or in production to the tab\'s own host, or locally to where the server listens', () => {
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://lg.skolor.se/' }, 'production').publicUrl).toBe('https://lg.skolor.se');
    expect(loadConfig(production, 'production').publicUrl).toBe('https://dagordning.example.se');
    expect(loadConfig({}, 'local').publicUrl).toBeUndefined();
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://lg.skolor.se' }, 'production').problems).toEqual(['PUBLIC_URL must be an https URL in production (got "http://lg.skolor.se")']);
  });

  it('takes the Teams app\'s id for links into the channel tab, and refuses one that is not a GUID', () => {
    expect(loadConfig({ TEAMS_APP_ID: '2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }, 'local').teamsAppId).toBe('2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(loadConfig({}, 'local').teamsAppId).toBeUndefined();
    expect(problemsOf({ TEAMS_APP_ID: 'dagordning' }, 'local').problems).toEqual(['TEAMS_APP_ID must be the Teams app\'s id from its manifest, a GUID (got "dagordning")']);
  });
});
