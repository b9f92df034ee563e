import crypto from 'node:crypto';

/**
 * Plays the Bot Connector's token issuer for tests of the bot's inbound
 * authentication. Teams signs each request to the bot with a JWT whose issuer is
 * https://api.botframework.com, whose audience is the bot's app id and which carries
 * the activity's serviceUrl; the signing keys are published as a JWKS behind an
 * OpenID metadata document, each key endorsed for the channels it may sign for.
 * https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
 */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: crypto.KeyObject;
  jwk: crypto.JsonWebKey;
}

export function createSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, jwk: publicKey.export({ format: 'jwk' }) };
}

const base64url = (input: Buffer | string): string => Buffer.from(input).toString('base64url');

export interface TokenClaims {
  appId: string;
  serviceUrl: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

export function signToken(key: SigningKey, claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const payload = {
    iss: claims.issuer ?? BOT_FRAMEWORK_ISSUER,
    aud: claims.appId,
    serviceurl: claims.serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + (claims.expiresIn ?? 3600),
  };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = crypto.sign('RSA-SHA256', Buffer.from(unsigned), key.privateKey);
  return `${unsigned}.${base64url(signature)}`;
}

export function openIdConfiguration(origin: string): Record<string, unknown> {
  return {
    issuer: BOT_FRAMEWORK_ISSUER,
    authorization_endpoint: `${origin}/v1/auth`,
    jwks_uri: `${origin}/v1/.well-known/keys`,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
  };
}

export function jwks(keys: SigningKey[], endorsements: string[]): Record<string, unknown> {
  return { keys: keys.map((k) => ({ kty: 'RSA', use: 'sig', kid: k.kid, n: k.jwk.n, e: k.jwk.e, endorsements })) };
}
