import type { ExportLinkResponse } from '../../bot/src/contract/archiveApi';
import type { MeetingsResponse } from '../../bot/src/contract/minutesApi';
import type { TabApiError } from '../../bot/src/contract/tabApi';
import { DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { startDemoServer, type DemoServer, type TabClient } from '../support/demoTeam';
import { docxLines, readDocx } from '../support/docx/readDocx';
import { DEFAULT_NOW } from '../support/testApp';

/**
 * The minutes as Word over HTTP, on a production server with Teams SSO and the demo
 * group: the tab asks for a signed link, the browser opens it without a token, and
 * what comes back is the published version as a .docx the registrar can file.
 */
const group = `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}`;
const exportPath = (meetingId: string, query = '') => `${group}/meetings/${meetingId}/minutes/export${query}`;
const errorOf = (body: unknown) => (body as TabApiError).error;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function download(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the minutes as Word, through the tab API and a signed link', () => {
  let server: DemoServer;
  let karin: TabClient;
  let meetings: MeetingsResponse['meetings'];

  beforeAll(async () => {
    server = await startDemoServer();
    karin = server.as('Karin Holmgren');
    meetings = (await karin.get<MeetingsResponse>(`${group}/meetings`)).body.meetings;
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.app.clock.set(DEFAULT_NOW));

  const meetingOn = (day: string) => meetings.find((m) => m.startsAt.startsWith(day))!.meetingId;

  it('gives a member a link to the latest published minutes, and the link downloads them as a Word file named for the group and the day', async () => {
    const { status, body } = await karin.send<ExportLinkResponse>('POST', exportPath(meetingOn('2026-11-10')));
    expect(status).toBe(200);
    expect(body.fileName).toBe('Anteckningar Ledningsgruppen (demo) 2026-11-10.docx');
    expect(body.url).toMatch(new RegExp(`^${server.app.url}/api/minutes/[0-9a-f-]+/v/1\\.docx\\?expires=\\d+&sig=[\\w-]+$`));

    // No token: the browser opens the link as it is.
    const file = await download(body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(DOCX);
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="Anteckningar Ledningsgruppen (demo) 2026-11-10.docx"; filename*=UTF-8\'\'Anteckningar%20Ledningsgruppen%20%28demo%29%202026-11-10.docx',
    );
    expect(file.headers.get('cache-control')).toBe('no-store');
    const docx = readDocx(file.body);
    expect(docx.title).toBe('Anteckningar – Ledningsgruppen (demo) 2026-11-10');
    const lines = docxLines(docx);
    expect(lines.slice(0, 4)).toEqual(['Ledningsgruppen (demo)', 'Tisdag 10 november 2026, 13.00–16.00', 'Plats: Jupiter', 'Version 1, publicerad onsdag 11 november 2026.']);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Deltagare LG: .*Mats Ekström \(deltog via Teams\)/),
      'Styrgruppen: Birgitta Hed, Göran Falk, Ingrid Moberg (deltog 13–15.00)',
      'Frånvarande: Peter Åberg',
      'BESLUT',
      '2. Gemensam introduktion för nya rektorer',
      expect.stringMatching(/^Beslut: Ledningsgruppen beslutade att införa den gemensamma introduktionen/),
      'Åtgärd: Skicka ut den beslutade introduktionen till alla rektorer. – Karin Holmgren, senast tisdag 17 november 2026',
      'Tas upp igen tisdag 24 november 2026.',
      '5. Kort, kort',
      '• Lokal till vårens kompetensdag behöver bokas. (SL)',
    ]));
    expect(lines.at(-1)).toBe('Vid anteckningarna: Sara Lindqvist');
  });

  it('downloads every kept version of corrected minutes: the latest by default, an earlier one when asked', async () => {
    const corrected = meetings.find((m) => m.publishedVersion === 2)!.meetingId;
    const latest = await karin.send<ExportLinkResponse>('POST', exportPath(corrected));
    expect(latest.body.url).toContain('/v/2.docx?');
    const second = docxLines(readDocx((await download(latest.body.url)).body));
    expect(second).toContain('Rättelse: Beslutet angav fel fördelning: enligt underlaget är den 70/30, inte 60/40.');
    expect(second).toContainEqual(expect.stringMatching(/^Beslut: .*70 procent/));

    const earlier = await karin.send<ExportLinkResponse>('POST', exportPath(corrected, '?version=1'));
    const first = docxLines(readDocx((await download(earlier.body.url)).body));
    expect(first).toContainEqual(expect.stringMatching(/^Beslut: .*60 procent/));
    expect(first.some((line) => line.startsWith('Rättelse'))).toBe(false);

    for (const version of ['3', '0', 'abc']) {
      const missing = await karin.send('POST', exportPath(corrected, `?version=${version}`));
      expect([version, missing.status, errorOf(missing.body).code]).toEqual([version, 404, 'gone']);
    }
  });

  it('refuses a forged or changed link with 403 and an expired one with 410, in Swedish, and sends no file', async () => {
    const { body } = await karin.send<ExportLinkResponse>('POST', exportPath(meetingOn('2026-11-10')));
    const forged = await download(body.url.replace(/sig=[^&]+/, 'sig=AAAA'));
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(forged.body.toString('utf8')).toBe('Länken till anteckningarna är inte giltig. Öppna Protokoll i fliken och välj Ladda ner som Word igen.\n');
    // The same signature cannot open another version or another meeting, nor live longer.
    expect((await download(body.url.replace('/v/1.docx', '/v/2.docx'))).status).toBe(403);
    expect((await download(body.url.replace(/minutes\/[^/]+\//, `minutes/${meetingOn('2026-10-27')}/`))).status).toBe(403);
    expect((await download(body.url.replace(/expires=\d+/, (e) => `expires=${Number(e.slice(8)) + 3600}`))).status).toBe(403);
    expect((await download(body.url.split('?')[0]!)).status).toBe(403);

    server.app.clock.set('2026-11-22T09:16:00.000Z');
    const expired = await download(body.url);
    expect(expired.status).toBe(410);
    expect(expired.body.toString('utf8')).toContain('Länken till anteckningarna har gått ut.');
    expect(expired.headers.get('content-type')).not.toBe(DOCX);
  });

  it('refuses a guest before looking at the meeting, and says when nothing is published yet', async () => {
    const elin = server.as('Elin Rask');
    for (const meetingId of [meetingOn('2026-11-10'), crypto.randomUUID()]) {
      const refused = await elin.send('POST', exportPath(meetingId));
      expect(refused.status).toBe(403);
      expect(errorOf(refused.body)).toEqual({ code: 'notAllowed', message: 'Som gäst ser du bara dina egna punkter, så hela anteckningarna kan inte laddas ner. Be sekreteraren om dem.' });
    }

    const next = await karin.send('POST', exportPath(meetingOn('2026-11-24')));
    expect(next.status).toBe(404);
    expect(errorOf(next.body)).toEqual({ code: 'gone', message: expect.stringContaining('Anteckningarna från mötet är inte publicerade ännu') });
    const elsewhere = await karin.send('POST', exportPath(crypto.randomUUID()));
    expect(elsewhere.status).toBe(404);
    const english = await karin.send('POST', exportPath(meetingOn('2026-11-24')), undefined, { 'Accept-Language': 'en-US' });
    expect(errorOf(english.body).message).toContain('The minutes of the meeting are not published yet');
  });

  it('asks for a sign-in before anything else', async () => {
    const anonymous = await fetch(`${server.app.url}${exportPath(meetingOn('2026-11-10'))}`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
