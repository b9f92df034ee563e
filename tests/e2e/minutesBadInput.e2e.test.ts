import type { MeetingsResponse, MinutesResponse } from '../../bot/src/contract/minutesApi';
import type { TabApiError } from '../../bot/src/contract/tabApi';
import { DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { startDemoServer, tabClient, type DemoServer, type TabClient } from '../support/demoTeam';
import { createSigningKey, type MintOptions } from '../support/entra/ssoIssuer';

/**
 * Everything a write to the minutes can be refused for: a token that is missing,
 * forged, expired, for another audience, tenant or scope; what a person can type
 * wrong; what no tab sends. Each answer is in Swedish and nothing is written.
 */
const group = `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}`;
const OTHER_TENANT = '0f0f0f0f-1111-4222-8333-444444444444';
const errorOf = (body: unknown) => (body as TabApiError).error;

describe('bad input to the minutes', () => {
  let server: DemoServer;
  let sara: TabClient;
  let meeting: string;
  let itemId: string;
  const itemPath = () => `${group}/meetings/${meeting}/minutes/items/${itemId}`;
  const note = (notes: string) => ({ notes, decisions: [], links: [] });

  beforeAll(async () => {
    server = await startDemoServer();
    sara = server.as('Sara Lindqvist');
    const { body } = await sara.get<MeetingsResponse>(`${group}/meetings`);
    meeting = body.meetings[0]!.meetingId;
    const { body: minutes } = await sara.get<MinutesResponse>(`${group}/meetings/${meeting}/minutes`);
    itemId = minutes.minutes!.parts[0]!.items[0]!.itemId;
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async () => {
    expect(await server.app.store.itemMinutes.get(itemId)).toBeUndefined();
  });

  describe('tokens', () => {
    const sso = (options: Partial<MintOptions>) => server.as('Sara Lindqvist', options);

    it('refuses a write without a token with 401 in Swedish', async () => {
      const { status, body } = await tabClient(server.app, async () => undefined).send('PUT', itemPath(), note('Text'));
      expect(status).toBe(401);
      expect(errorOf(body)).toEqual({ code: 'tokenMissing', message: 'Dagordning fick ingen inloggning från Teams. Öppna fliken i Teams och försök igen.' });
    });

    it.each<[string, () => Promise<Partial<MintOptions>>, number, string]>([
      ['with a forged signature', async () => ({ key: await createSigningKey('sso-test-key-1') }), 401, 'tokenInvalid'],
      ['that has expired', async () => ({ expiresIn: -3600 }), 401, 'tokenExpired'],
      ['for another audience', async () => ({ audience: 'api://elsewhere.example.com/99999999-2222-3333-4444-555555555555' }), 401, 'tokenInvalid'],
      ['whose issuer is another tenant than its tid', async () => ({ issuer: `https://sts.windows.net/${OTHER_TENANT}/` }), 401, 'tokenInvalid'],
      ['of another tenant', async () => ({ tenantId: OTHER_TENANT }), 403, 'noAccess'],
      ['without the access_as_user scope', async () => ({ scope: 'User.Read' }), 403, 'insufficientScope'],
    ])('refuses a write with a token %s, in Swedish', async (_label, options, status, code) => {
      const answer = await sso(await options()).send('PUT', itemPath(), note('Text'));
      expect(answer.status).toBe(status);
      expect(errorOf(answer.body).code).toBe(code);
      expect(errorOf(answer.body).message).toMatch(/[åäö]/);
    });
  });

  describe('what a person can type wrong', () => {
    it('refuses an empty note, keeping what was saved', async () => {
      const { status, body } = await sara.send('PUT', itemPath(), note(' \n\n '));
      expect(status).toBe(400);
      expect(errorOf(body)).toEqual({ code: 'invalidInput', message: 'Anteckningen är tom. Skriv något om punkten innan den sparas – det som redan är sparat ligger kvar.' });
    });

    it('refuses a 100,000-character note, saying how long it was and may be', async () => {
      const { status, body } = await sara.send('PUT', itemPath(), note('å'.repeat(100_000)));
      expect(status).toBe(400);
      expect(errorOf(body).message).toBe('Anteckningen är för lång (100\u00a0000 tecken). Högst 20\u00a0000 tecken per punkt – korta texten eller länka till ett dokument. Din text finns kvar.');
    });

    it('refuses a due date that does not exist, and one before the meeting, all problems at once', async () => {
      const { status, body } = await sara.send('POST', `${group}/meetings/${meeting}/minutes/actions`, { actionId: crypto.randomUUID(), itemId, what: '', owner: { memberId: 'someone-else' }, due: '2026-02-30' });
      expect(status).toBe(400);
      expect(errorOf(body).problems).toEqual([
        'Skriv vad som ska göras, till exempel: Sammanställa kommentarerna och skicka dem till förvaltningen.',
        'Personen finns inte i ledningsgruppen. Välj en medlem i listan eller skriv namnet.',
        'Datumet "2026-02-30" finns inte i kalendern.',
      ]);
      const early = await sara.send('POST', `${group}/meetings/${meeting}/minutes/actions`, { actionId: crypto.randomUUID(), itemId, what: 'Något', owner: { name: 'Ulla' }, due: '2026-11-01' });
      expect(errorOf(early.body).message).toBe('Sista dag för åtgärden kan inte vara före mötet (tisdag 24 november 2026).');
      expect(await server.app.store.actions.listByMeeting(meeting)).toEqual([]);
    });

    it('refuses to publish before the meeting has started', async () => {
      const { status, body } = await sara.send('POST', `${group}/meetings/${meeting}/minutes/publish`, {});
      expect(status).toBe(400);
      expect(errorOf(body).message).toBe('Mötet har inte börjat ännu. Anteckningarna kan publiceras när mötet har hållits.');
      expect(await server.app.store.minutesVersions.listByMeeting(meeting)).toEqual([]);
    });

    it('refuses a correction of minutes never published', async () => {
      const { status, body } = await sara.send('POST', `${group}/meetings/${meeting}/minutes/corrections`, { reason: 'Fel' });
      expect(status).toBe(400);
      expect(errorOf(body).message).toContain('inte publicerade ännu');
    });
  });

  describe('what no tab sends', () => {
    it.each<[string, string, Record<string, string>, number, string]>([
      ['text that is not JSON', '{"notes": "Te', {}, 400, 'badRequest'],
      ['JSON that is not an object', '["Text"]', {}, 400, 'badRequest'],
      ['another media type', 'notes=Text', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, 'unsupportedMediaType'],
      ['a compressed body', '{}', { 'Content-Encoding': 'gzip' }, 415, 'unsupportedMediaType'],
      ['a body past the cap', JSON.stringify(note('x'.repeat(600_000))), {}, 413, 'bodyTooLarge'],
    ])('answers %s with a Swedish message', async (_label, raw, headers, status, code) => {
      const { status: got, body } = await sara.send('PUT', itemPath(), raw, headers);
      expect(got).toBe(status);
      expect(errorOf(body).code).toBe(code);
      expect(errorOf(body).message).toMatch(/[åäö]/);
    });

    it('refuses a request from another site', async () => {
      const { status } = await sara.send('PUT', itemPath(), note('Text'), { Origin: 'https://evil.example.com' });
      expect(status).toBe(403);
    });

    it('answers a meeting of another group, or none, as gone', async () => {
      const { group: other } = await server.app.store.groups.createIfAbsent({ id: '19:soder@thread.tacv2', teamId: '19:soder@thread.tacv2', name: 'Söder', tenantId: DEMO_TEAM.tenantId, createdAt: '2026-09-01T08:00:00.000Z', language: 'sv' });
      const theirs = await server.app.store.meetings.add({ id: crypto.randomUUID(), groupId: other.id, startsAt: '2026-11-24T12:00:00.000Z', endsAt: '2026-11-24T15:00:00.000Z', place: 'Söder', online: false, agendaDeadline: '2026-11-19T11:00:00.000Z', status: 'planerat', createdAt: '2026-11-01T08:00:00.000Z' });
      for (const id of [theirs.id, crypto.randomUUID(), '..%2F..%2Fetc']) {
        const { status, body } = await sara.send('PUT', `${group}/meetings/${id}/minutes/items/${itemId}`, note('Text'));
        expect(status).toBe(404);
        expect(errorOf(body).code).toBe('gone');
      }
    });
  });
});
