import { createLogger } from '../../../bot/src/log/logger';

const SECRET = 'Zq8~kT3.fake-client-secret_Norrby';

function logged(fields: Record<string, unknown>): string {
  const lines: string[] = [];
  createLogger('debug', (line) => lines.push(line)).error('something failed', fields);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** `{ a: { a: … { leaf } } }`, `depth` levels deep. */
function nested(depth: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let value: Record<string, unknown> = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('log redaction', () => {
  it.each([1, 5, 10, 50])('replaces a secret %i levels down', (depth) => {
    const line = logged({ request: nested(depth, { headers: { authorization: `Bearer ${SECRET}` }, clientSecret: SECRET }) });
    expect(line).not.toContain(SECRET);
    expect(line).toContain('[redacted]');
  });

  it('replaces secrets inside arrays and an error\'s cause', () => {
    const cause = Object.assign(new Error('token request failed'), { code: 'invalid_client' });
    (cause as Error & { details?: unknown }).details = { client_secret: SECRET };
    const line = logged({ attempts: [[{ password: SECRET }]], error: new Error('could not connect', { cause }) });
    expect(line).not.toContain(SECRET);
    expect(JSON.parse(line).error.cause).toMatchObject({ message: 'token request failed', code: 'invalid_client' });
  });

  it('writes a reference back to an enclosing object as [circular] instead of failing', () => {
    const request: Record<string, unknown> = { url: '/api/messages', token: SECRET };
    request.self = request;
    request.socket = { request };
    const line = logged({ request });
    expect(line).not.toContain(SECRET);
    expect(JSON.parse(line).request).toEqual({ url: '/api/messages', token: '[redacted]', self: '[circular]', socket: { request: '[circular]' } });
  });

  it('writes an object met twice, but not inside itself, twice', () => {
    const place = { name: 'Jupiter' };
    expect(JSON.parse(logged({ from: place, to: place }))).toMatchObject({ from: place, to: place });
  });

  it('still logs the event when its fields are too deep to write', () => {
    const line = logged({ chain: nested(100_000, { leaf: true }) });
    expect(JSON.parse(line)).toMatchObject({ level: 'error', message: 'something failed', fields: '[could not be logged]' });
  });
});
