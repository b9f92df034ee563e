import type { ArchiveAction, ArchiveTermResponse, ArchiveTermsResponse, DecisionLogResponse, FollowUpsResponse, SearchResponse } from '../../bot/src/contract/archiveApi';
import type { MeetingsResponse, MinutesResponse } from '../../bot/src/contract/minutesApi';
import type { TabApiError } from '../../bot/src/contract/tabApi';
import { DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { startDemoServer, type DemoServer, type TabClient } from '../support/demoTeam';
import { DEFAULT_NOW } from '../support/testApp';

/**
 * The archive through the tab API on a production server (Teams SSO tokens from the
 * test issuer), on the demo group: its last meeting's minutes published, and the next
 * meeting's minutes written and published here, as the secretary does on the day.
 */
const group = `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}`;
const archive = `${group}/archive`;
const minutesPath = (meetingId: string) => `${group}/meetings/${meetingId}/minutes`;
const errorOf = (body: unknown) => (body as TabApiError).error;
const search = (client: TabClient, q: string, extra = '') => client.get<SearchResponse>(`${archive}/search?q=${encodeURIComponent(q)}${extra}`);
const marked = (hit: SearchResponse['hits'][number]) => hit.marks.map((m) => hit.context.slice(m.start, m.end));

describe('the archive through the tab API', () => {
  let server: DemoServer;
  let sara: TabClient;
  let karin: TabClient;
  let guest: TabClient;
  let past: string;
  let next: string;

  beforeAll(async () => {
    server = await startDemoServer();
    sara = server.as('Sara Lindqvist');
    karin = server.as('Karin Holmgren');
    guest = server.as('Elin Rask');
    const { body } = await karin.get<MeetingsResponse>(`${group}/meetings`);
    const meetings = body.meetings.filter((m) => m.startsAt >= '2026-11-10');
    next = meetings.find((m) => m.startsAt.startsWith('2026-11-24'))!.meetingId;
    past = meetings.find((m) => m.startsAt.startsWith('2026-11-10'))!.meetingId;
    // The next meeting is held and its minutes published, with a decision written in compound words.
    server.app.clock.set('2026-11-24T13:30:00Z');
    const working = await sara.get<MinutesResponse>(minutesPath(next));
    const item = working.body.minutes!.parts.flatMap((p) => p.items).find((i) => i.title === 'Rutin för tillfälligt lån av medarbetare')!;
    const saved = await sara.send('PUT', `${minutesPath(next)}/items/${item.itemId}`, {
      notes: 'Förslaget om skolgårdsmiljö presenterades.\n\nKarin gick igenom Skolskjutskostnaderna för 2027.', decisions: ['Ledningsgruppen beslutade att anta rutinen för lån av medarbetare.'], links: [],
    });
    expect(saved.status).toBe(200);
    expect((await sara.send('POST', `${minutesPath(next)}/publish`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.app.clock.set('2026-11-25T09:00:00Z'));

  it('opens on the newest term with published minutes, its meetings oldest first', async () => {
    server.app.clock.set(DEFAULT_NOW);
    const { status, body } = await karin.get<ArchiveTermsResponse>(`${archive}/terms`);
    expect(status).toBe(200);
    expect(body.group.name).toBeTruthy();
    expect(body.terms[0]).toMatchObject({ kind: 'ht', year: 2026, key: 'ht2026' });
    const shown = body.shown!;
    expect(shown.term.key).toBe('ht2026');
    const ids = shown.meetings.map((m) => m.meetingId);
    expect(ids).toContain(past);
    const pastMeeting = shown.meetings.find((m) => m.meetingId === past)!;
    expect(pastMeeting).toMatchObject({ publishedVersion: 1, versions: 1, decisions: 1, status: expect.any(String) });
    expect([...ids].sort((a, b) => shown.meetings.find((m) => m.meetingId === a)!.startsAt.localeCompare(shown.meetings.find((m) => m.meetingId === b)!.startsAt))).toEqual(ids);
  });

  it('lists one term by its key, and refuses a key that names no term in Swedish', async () => {
    const { status, body } = await karin.get<ArchiveTermResponse>(`${archive}/terms/ht2026`);
    expect(status).toBe(200);
    expect(body.term).toEqual({ kind: 'ht', year: 2026, key: 'ht2026' });
    expect(body.meetings.map((m) => m.meetingId)).toEqual(expect.arrayContaining([past, next]));
    expect((await karin.get<ArchiveTermResponse>(`${archive}/terms/vt2019`)).body.meetings).toEqual([]);
    const bad = await karin.get(`${archive}/terms/hosten`);
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body)).toMatchObject({ code: 'badRequest', message: expect.stringContaining('ht2026') });
  });

  it('finds words in published notes and decisions whatever the case and å/ä/ö, with the hit marked in its context', async () => {
    const { status, body } = await search(karin, 'SKOLGARDSMILJO');
    expect(status).toBe(200);
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0]).toMatchObject({ meetingId: next, meetingStartsAt: '2026-11-24T12:00:00.000Z', itemTitle: 'Rutin för tillfälligt lån av medarbetare', kind: 'notes', version: 1 });
    expect(marked(body.hits[0]!)).toEqual(['skolgårdsmiljö']);
  });

  it('finds the start and the later part of a compound word, but not a short word inside another', async () => {
    expect(marked((await search(karin, 'skolskjuts')).body.hits[0]!)).toEqual(['Skolskjuts']);
    expect(marked((await search(karin, 'kostnaderna')).body.hits[0]!)).toEqual(['kostnaderna']);
    const lag = await search(karin, 'lag');
    expect(lag.body.hits.some((h) => h.context.includes('Förslaget'))).toBe(false);
  });

  it('needs every word of the query in one text', async () => {
    const both = await search(karin, 'rutinen medarbetare');
    expect(both.body.hits.map((h) => [h.meetingId, h.kind])).toEqual([[next, 'decision']]);
    expect((await search(karin, 'rutinen kompetensdag')).body.hits).toEqual([]);
  });

  it('searches one term only when asked', async () => {
    const everywhere = (await search(karin, 'skolskjuts')).body.hits;
    expect(everywhere.length).toBeGreaterThan(1);
    expect((await search(karin, 'skolskjuts', '&term=vt2026')).body.hits).toEqual([]);
    const autumn = (await search(karin, 'skolskjuts', '&term=ht2026')).body.hits;
    expect(autumn.map((h) => h.meetingStartsAt)).toEqual(everywhere.map((h) => h.meetingStartsAt));
    expect(autumn.every((h) => h.meetingStartsAt >= '2026-07-01' && h.meetingStartsAt < '2027-01-01')).toBe(true);
  });

  it('refuses a query too short, too long or of too many words with a Swedish message, never a 5xx', async () => {
    for (const q of ['a', ' ', '']) {
      const answer = await search(karin, q);
      expect(answer.status).toBe(400);
      expect(errorOf(answer.body).message).toMatch(/Skriv minst 2 tecken|Skriv ett ord/);
    }
    const missing = await karin.get(`${archive}/search`);
    expect(missing.status).toBe(400);
    const long = await search(karin, 'x'.repeat(201));
    expect(long.status).toBe(400);
    expect(errorOf(long.body).message).toContain('Högst 200 tecken');
    const many = await search(karin, 'ett två tre fyra fem sex sju åtta nio');
    expect(many.status).toBe(400);
    expect(errorOf(many.body).message).toContain('högst 8 ord');
    const english = await karin.send('GET', `${archive}/search?q=a`, undefined, { 'Accept-Language': 'en-US' });
    expect(errorOf(english.body).message).toContain('at least 2 characters');
  });

  it('keeps every decision in the decision log, newest first, filtered by term and by text', async () => {
    const { status, body } = await karin.get<DecisionLogResponse>(`${archive}/decisions`);
    expect(status).toBe(200);
    expect(body.terms.map((t) => t.key)).toContain('ht2026');
    const ours = body.decisions.filter((d) => d.meetingId === next || d.meetingId === past);
    expect(ours.map((d) => d.meetingId)).toEqual([next, past]);
    expect(ours[0]).toMatchObject({ itemTitle: 'Rutin för tillfälligt lån av medarbetare', text: 'Ledningsgruppen beslutade att anta rutinen för lån av medarbetare.', version: 1 });
    const filtered = await karin.get<DecisionLogResponse>(`${archive}/decisions?q=${encodeURIComponent('introduktionen')}&term=ht2026`);
    expect(filtered.body.decisions.map((d) => d.meetingId)).toEqual([past]);
    expect((await karin.get<DecisionLogResponse>(`${archive}/decisions?term=vt2026`)).body.decisions).toEqual([]);
    expect((await karin.get<DecisionLogResponse>(`${archive}/decisions?q=`)).body.decisions).toEqual(body.decisions);
    expect((await karin.get(`${archive}/decisions?q=x`)).status).toBe(400);
    expect((await karin.get(`${archive}/decisions?term=2026`)).status).toBe(400);
  });

  it('lists open actions across meetings with owner and due date, the overdue standing out, and what the viewer may mark', async () => {
    const { status, body } = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    expect(status).toBe(200);
    expect(body.viewer.canMarkAny).toBe(false);
    const own = body.actions.find((a) => a.owner.name === 'Karin Holmgren')!;
    expect(own).toMatchObject({ meetingId: past, due: '2026-11-17', done: false, overdue: true, canMark: true, itemTitle: expect.any(String) });
    const others = body.actions.filter((a) => a.owner.name !== 'Karin Holmgren');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((a) => !a.canMark)).toBe(true);
    // Due 2026-12-01: not overdue on 25 November.
    expect(body.actions.find((a) => a.owner.name === 'Sara Lindqvist')).toMatchObject({ overdue: false });
    expect(body.actions[0]!.overdue).toBe(true);
    expect((await sara.get<FollowUpsResponse>(`${archive}/follow-ups`)).body.viewer.canMarkAny).toBe(true);
  });

  it('lets the owner mark their action done, hides it from the open list, and refuses a stale version with the current one', async () => {
    const open = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    const action = open.body.actions.find((a) => a.owner.name === 'Karin Holmgren')!;
    const done = await karin.send<ArchiveAction>('PUT', `${archive}/actions/${action.actionId}`, { version: action.version, done: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ actionId: action.actionId, done: true, overdue: false });
    const after = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    expect(after.body.actions.some((a) => a.actionId === action.actionId)).toBe(false);
    const all = await karin.get<FollowUpsResponse>(`${archive}/follow-ups?done=true`);
    expect(all.body.actions.find((a) => a.actionId === action.actionId)).toMatchObject({ done: true });
    const stale = await karin.send('PUT', `${archive}/actions/${action.actionId}`, { version: action.version, done: false });
    expect(stale.status).toBe(409);
    expect(errorOf(stale.body)).toMatchObject({ code: 'editConflict', current: { actionId: action.actionId, done: true, version: done.body.version } });
    // The secretary opens it again from the current version.
    const reopened = await sara.send<ArchiveAction>('PUT', `${archive}/actions/${action.actionId}`, { version: done.body.version, done: false });
    expect(reopened.body).toMatchObject({ done: false, overdue: true });
  });

  it('refuses to let a member mark someone else\'s action, and a body without done', async () => {
    const { body } = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    const theirs = body.actions.find((a) => a.owner.name !== 'Karin Holmgren')!;
    const refused = await karin.send('PUT', `${archive}/actions/${theirs.actionId}`, { version: theirs.version, done: true });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ code: 'notAllowed', message: expect.stringContaining('Bara den som har åtgärden') });
    expect((await karin.send('PUT', `${archive}/actions/${theirs.actionId}`, { version: theirs.version })).status).toBe(400);
    expect((await karin.send('PUT', `${archive}/actions/no-such-action`, { version: '1', done: true })).status).toBe(409);
    const still = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    expect(still.body.actions.find((a) => a.actionId === theirs.actionId)).toMatchObject({ done: false });
  });

  it('refuses a guest every part of the archive', async () => {
    for (const path of ['terms', 'terms/ht2026', 'search?q=budget', 'decisions', 'follow-ups']) {
      const answer = await guest.get(`${archive}/${path}`);
      expect(answer.status).toBe(403);
      expect(errorOf(answer.body)).toMatchObject({ code: 'notAllowed', message: expect.stringContaining('Arkivet') });
    }
    const { body } = await karin.get<FollowUpsResponse>(`${archive}/follow-ups`);
    const mark = await guest.send('PUT', `${archive}/actions/${body.actions[0]!.actionId}`, { version: body.actions[0]!.version, done: true });
    expect(mark.status).toBe(403);
  });

  it('refuses someone who is not in the group, before anything is read', async () => {
    const stranger = server.as('Karin Holmgren', { oid: '99999999-9999-4999-8999-999999999999' });
    const answer = await stranger.get(`${archive}/search?q=budget`);
    expect(answer.status).toBe(403);
    expect(errorOf(answer.body).code).toBe('noAccess');
  });
});
