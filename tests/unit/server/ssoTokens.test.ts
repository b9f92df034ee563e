import { createSsoTokenValidator, SsoTokenRejected, SsoUnavailable, type SsoTokenValidator } from '../../../bot/src/server/ssoTokens';
import { createSigningKey, SsoIssuer, type MintOptions } from '../../support/entra/ssoIssuer';

const CLIENT_ID = '0b6a1f58-3c2e-4f7a-9d1b-6e5c4a3b2d10';
const APP = { clientId: CLIENT_ID, appIdUri: `api://dagordning.example.se/${CLIENT_ID}` };
const TENANT = 'f3b2c1d0-aaaa-4bbb-8ccc-123456789abc';
const OID = '9a8b7c6d-1111-4222-8333-444455556666';

describe('Teams SSO token validation', () => {
  let issuer: SsoIssuer;
  let validator: SsoTokenValidator;
  const mint = (options: Partial<MintOptions> = {}) => issuer.mint({ tenantId: TENANT, oid: OID, name: 'Tove Kvist', ...options });
  const rejection = async (token: string): Promise<string> => {
    const error = await validator.validate(token).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SsoTokenRejected);
    return (error as SsoTokenRejected).reason;
  };

  beforeAll(async () => {
    issuer = await SsoIssuer.start(APP);
    validator = createSsoTokenValidator({ ...APP, openIdMetadataUrl: issuer.openIdMetadataUrl });
  });
  afterAll(() => issuer.stop());

  it('accepts a v1 token for the Application ID URI and takes the person from oid, tid and name', async () => {
    await expect(validator.validate(await mint({ version: 1 }))).resolves.toEqual({ aadObjectId: OID, tenantId: TENANT, name: 'Tove Kvist', isDevelopment: false });
  });

  it('accepts a v2 token for the client id', async () => {
    await expect(validator.validate(await mint({ version: 2 }))).resolves.toMatchObject({ aadObjectId: OID, tenantId: TENANT });
  });

  it('tolerates a few minutes of clock skew but not an expired token', async () => {
    await expect(validator.validate(await mint({ expiresIn: -120 }))).resolves.toMatchObject({ aadObjectId: OID });
    expect(await rejection(await mint({ expiresIn: -3600 }))).toBe('expired');
  });

  it.each<[string, () => Promise<string>]>([
    ['signed with a key Entra never published', async () => mint({ key: await createSigningKey('sso-test-key-1') })],
    ['for another app (audience)', () => mint({ audience: 'api://dagordning.example.se/11111111-2222-3333-4444-555555555555' })],
    ['for Microsoft Graph (audience)', () => mint({ audience: '00000003-0000-0000-c000-000000000000' })],
    ['from an issuer of another tenant than its tid', () => mint({ issuer: 'https://sts.windows.net/aaaaaaaa-0000-4000-8000-000000000000/' })],
    ['from an issuer that is not Entra', () => mint({ issuer: `https://evil.example.com/${TENANT}/v2.0` })],
    ['without an object id', () => mint({ omit: ['oid'] })],
    ['without a tenant id', () => mint({ omit: ['tid'] })],
    ['that is not a JWT at all', async () => 'abc.def.ghi'],
    ['that is signed with none', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ aud: CLIENT_ID, tid: TENANT, oid: OID })).toString('base64url')}.`],
  ])('rejects a token %s as invalid', async (_label, token) => {
    expect(await rejection(await token())).toBe('invalid');
  });

  it('rejects a token without the access_as_user scope', async () => {
    expect(await rejection(await mint({ scope: 'User.Read' }))).toBe('insufficientScope');
    expect(await rejection(await mint({ omit: ['scp'] }))).toBe('insufficientScope');
    await expect(validator.validate(await mint({ scope: 'User.Read access_as_user' }))).resolves.toMatchObject({ aadObjectId: OID });
  });

  it('says the keys are unavailable, not that the token is bad, when the metadata cannot be read', async () => {
    const unreachable = createSsoTokenValidator({ ...APP, openIdMetadataUrl: 'http://127.0.0.1:9/common/v2.0/.well-known/openid-configuration' });
    await expect(unreachable.validate(await mint())).rejects.toBeInstanceOf(SsoUnavailable);
    const missing = createSsoTokenValidator({ ...APP, openIdMetadataUrl: `${issuer.url}/no-such-tenant/v2.0/.well-known/openid-configuration` });
    await expect(missing.validate(await mint())).rejects.toBeInstanceOf(SsoUnavailable);
  });
});
