import type { ActionJson, ItemMinutesSaved, MeetingsResponse, MinutesItemJson, MinutesResponse, MyActionsResponse } from '../../bot/src/contract/minutesApi';
import type { TabApiError } from '../../bot/src/contract/tabApi';
import { DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { demoPerson, startDemoServer, type DemoServer, type TabClient } from '../support/demoTeam';
import { DEFAULT_NOW } from '../support/testApp';

/**
 * The minutes through the tab API on a production server: Teams SSO tokens from the
 * test issuer, the demo group (its last meeting's minutes published, the next one
 * coming), the app installed in the demo team's channel. What the bot posts arrives
 * at the Bot Connector emulator.
 */
const group = `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}`;
const minutesPath = (meetingId: string) => `${group}/meetings/${meetingId}/minutes`;
const items = (answer: MinutesResponse): MinutesItemJson[] => answer.minutes!.parts.flatMap((p) => p.items);
const itemTitled = (answer: MinutesResponse, title: string): MinutesItemJson => items(answer).find((i) => i.title === title)!;
const errorOf = (body: unknown) => (body as TabApiError).error;

describe('the minutes through the tab API', () => {
  let server: DemoServer;
  let sara: TabClient;
  let karin: TabClient;
  let past: string;
  let next: string;

  beforeAll(async () => {
    server = await startDemoServer();
    sara = server.as('Sara Lindqvist');
    karin = server.as('Karin Holmgren');
    const { body } = await karin.get<MeetingsResponse>(`${group}/meetings`);
    [next, past] = body.meetings.map((m) => m.meetingId);
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => server.app.clock.set(DEFAULT_NOW));

  it('lists the group\'s meetings newest first, with what a member may know of their minutes', async () => {
    const { status, body } = await karin.get<MeetingsResponse>(`${group}/meetings`);
    expect(status).toBe(200);
    expect(body.current).toBe(past);
    // The same meeting's minutes in one call, without its id.
    const current = await karin.get<MinutesResponse>(minutesPath('current'));
    expect(current.body.meeting.meetingId).toBe(past);
    expect(body.meetings.slice(0, 2).map((m) => [m.startsAt, m.minutes, m.publishedVersion])).toEqual([
      ['2026-11-24T12:00:00.000Z', 'none', 0],
      ['2026-11-10T12:00:00.000Z', 'published', 1],
    ]);
    // Before them the demo's term, every other Tuesday, all published and one of them corrected.
    expect(body.meetings.slice(2).map((m) => [m.startsAt.slice(0, 10), m.minutes, m.publishedVersion])).toEqual([
      ['2026-10-27', 'published', 1],
      ['2026-10-13', 'published', 1],
      ['2026-09-29', 'published', 1],
      ['2026-09-15', 'published', 2],
      ['2026-09-01', 'published', 1],
      ['2026-08-18', 'published', 1],
      ['2026-08-04', 'published', 1],
    ]);
  });

  it('shows the demo term\'s minutes with their decisions, and an owner\'s open actions from it with the overdue ones marked', async () => {
    const { body } = await karin.get<MeetingsResponse>(`${group}/meetings`);
    const [oldest] = body.meetings.slice(-1);
    const first = await karin.get<MinutesResponse>(minutesPath(oldest!.meetingId));
    expect(first.body).toMatchObject({ state: 'published', shown: { kind: 'published', version: 1 } });
    expect(items(first.body).flatMap((i) => i.decisions)).toEqual(['Ledningsgruppen beslutade att anta mötesplanen och arbetsformerna för hösten 2026.']);
    const ahmed = await server.as('Ahmed Karimi').get<MyActionsResponse>('/api/tab/me/actions');
    expect(ahmed.body.actions.map((a) => [a.what, a.due ?? '–', a.overdue])).toEqual([
      ['Samla in rektorernas rekryteringsbehov inför vårterminen.', '2026-10-06', true],
      ['Ta fram en tidplan för kompetensförsörjningsarbetet.', '–', false],
    ]);
  });

  it('gives a member the published minutes laid out as the group\'s own: header, attendance, items by section, who took them', async () => {
    const { status, body } = await karin.get<MinutesResponse>(minutesPath(past));
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'published', shown: { kind: 'published', version: 1 }, viewer: { canWrite: false }, versions: [{ number: 1, publishedBy: 'Sara Lindqvist' }] });
    expect(body.editing).toBeUndefined();
    const minutes = body.minutes!;
    expect(minutes).toMatchObject({ groupName: 'Ledningsgruppen (demo)', startsAt: '2026-11-10T12:00:00.000Z', place: 'Jupiter', takenBy: { name: 'Sara Lindqvist' } });
    expect(minutes.attendance).toContainEqual({ memberId: expect.any(String), name: 'Mats Ekström', group: 'LG', presence: 'remote' });
    expect(minutes.parts.map((p) => (p.kind === 'section' ? p.section : p.kind))).toEqual(['fixed', 'beslut', 'information', 'notices', 'fixed']);
    const decision = itemTitled(body, 'Gemensam introduktion för nya rektorer');
    expect(decision).toMatchObject({ number: 2, presenters: [{ name: 'Karin Holmgren', initials: 'KH' }], decisions: [expect.stringMatching(/^Ledningsgruppen beslutade/)] });
    expect(decision.actions).toEqual([{ actionId: expect.any(String), what: 'Skicka ut den beslutade introduktionen till alla rektorer.', owner: { memberId: expect.any(String), name: 'Karin Holmgren' }, due: '2026-11-17' }]);
    expect(itemTitled(body, 'Rutin för tillfälligt lån av medarbetare').followUps).toEqual([{ targetMeetingId: next, startsAt: '2026-11-24T12:00:00.000Z' }]);
  });

  it('shows a guest only the items they present, without the attendance', async () => {
    const { body } = await server.as('Elin Rask').get<MinutesResponse>(minutesPath(past));
    expect(items(body).map((i) => i.title)).toEqual(['Resultat från elevenkäten']);
    expect(body.minutes!.attendance).toEqual([]);
    expect(body.viewer.onlyOwnItems).toBe(true);
  });

  it('keeps drafts from members: nothing is shown before the first publication', async () => {
    const { status, body } = await karin.get<MinutesResponse>(minutesPath(next));
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'none', versions: [] });
    expect(body.minutes).toBeUndefined();
  });

  it('gives the secretary the minutes as they are written, with what she needs to edit them', async () => {
    const { body } = await sara.get<MinutesResponse>(minutesPath(next));
    expect(body).toMatchObject({ state: 'none', shown: { kind: 'working' }, viewer: { canWrite: true } });
    expect(body.minutes!.attendance.filter((a) => a.group === 'LG')).toHaveLength(13);
    expect(body.editing).toMatchObject({ items: [], actions: [], followUps: [], laterMeetings: [] });
    expect(body.editing!.members).toHaveLength(17);
    expect(body.editing!.version).toBeUndefined();
  });

  it('refuses a member who writes, in Swedish, before reading what they sent, and stores nothing', async () => {
    const { body: agenda } = await sara.get<MinutesResponse>(minutesPath(next));
    const itemId = items(agenda)[0]!.itemId;
    const { status, body, headers } = await karin.send('PUT', `${minutesPath(next)}/items/${itemId}`, { notes: 'Ledamotens text.', decisions: [], links: [] });
    expect(status).toBe(403);
    expect(errorOf(body)).toEqual({ code: 'notAllowed', message: 'Det är bara ordförande eller sekreterare som kan göra det.' });
    expect(headers.get('connection')).toBe('close');
    expect(await server.app.store.itemMinutes.get(itemId)).toBeUndefined();
    // Refused on who is asking, not on what was sent: even a body far past the cap is never read.
    const huge = await karin.send('PUT', `${minutesPath(next)}/items/${itemId}`, JSON.stringify({ notes: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(403);
    const publish = await karin.send('POST', `${minutesPath(past)}/corrections`, { reason: 'Jag vill ändra.' });
    expect(publish.status).toBe(403);
  });

  it('lists my open actions in the personal tab, and reminds the owner in a personal chat the morning they fall due, once', async () => {
    const lena = demoPerson('Lena Sjöberg');
    const mine = await server.as('Lena Sjöberg').get<MyActionsResponse>('/api/tab/me/actions');
    expect(mine.body.actions).toEqual([expect.objectContaining({ what: 'Sammanställa gruppernas synpunkter om elevinflytande.', due: '2026-11-23', groupName: 'Ledningsgruppen (demo)', itemTitle: 'Resultat från elevenkäten', overdue: false })]);
    const chat = ConnectorEmulator.personalChatId(lena.userId);
    // Lena also has the demo's feedback request to answer: only the action's reminders count here.
    const actionNotes = () => server.posted(chat).filter((c) => c.activity.text?.startsWith('Påminnelse: ”'));
    server.app.clock.set('2026-11-23T06:59:00Z');
    await server.app.runReminders();
    expect(actionNotes()).toHaveLength(0);
    server.app.clock.set('2026-11-23T07:00:00Z');
    const report = await server.app.runReminders();
    expect(report.outcomes.filter((o) => o.entry.kind === 'actionDue').map((o) => o.result)).toEqual(['sent']);
    expect(actionNotes().map((c) => c.activity.text)).toEqual([
      'Påminnelse: ”Sammanställa gruppernas synpunkter om elevinflytande.” ska vara klart måndag 23 november 2026.\n\nFrån mötet tisdag 10 november (Ledningsgruppen (demo)), punkten ”Resultat från elevenkäten”.',
    ]);
    server.app.clock.set('2026-11-24T07:00:00Z');
    await server.app.runReminders();
    expect(actionNotes()).toHaveLength(1);
  });

  describe('writing during the meeting and publishing', () => {
    let itemId: string;
    let saved: ItemMinutesSaved;

    beforeAll(async () => {
      server.app.clock.set('2026-11-24T13:30:00Z');
      const { body } = await sara.get<MinutesResponse>(minutesPath(next));
      itemId = itemTitled(body, 'Rutin för tillfälligt lån av medarbetare').itemId;
    });
    beforeEach(() => server.app.clock.set('2026-11-24T13:30:00Z'));

    it('records the attendance and saves an item\'s notes, decision and document link', async () => {
      const opened = await sara.get<MinutesResponse>(minutesPath(next));
      const attendance = opened.body.minutes!.attendance.map((a) => (a.name === 'Peter Åberg' ? { ...a, presence: 'absent' } : a));
      const header = await sara.send<{ version: string }>('PUT', `${minutesPath(next)}/attendance`, { attendance: [...attendance, { name: 'Gästföreläsare Ulla Berg', group: 'extra', presence: 'partTime', part: 'punkt 3' }] });
      expect(header.status).toBe(200);
      const answer = await sara.send<ItemMinutesSaved>('PUT', `${minutesPath(next)}/items/${itemId}`, {
        notes: 'Karin presenterade den reviderade rutinen.\n\nGruppen ställde sig bakom den.', decisions: ['Ledningsgruppen beslutade att anta rutinen.'], links: [{ url: 'https://example.sharepoint.com/rutin.docx' }],
      });
      expect(answer.status).toBe(200);
      saved = answer.body;
      expect(saved).toMatchObject({ notes: 'Karin presenterade den reviderade rutinen.\n\nGruppen ställde sig bakom den.', updatedBy: 'Sara Lindqvist', version: expect.any(String) });
      const read = await sara.get<MinutesResponse>(minutesPath(next));
      expect(read.body.state).toBe('draft');
      expect(itemTitled(read.body, 'Rutin för tillfälligt lån av medarbetare')).toMatchObject({ notes: ['Karin presenterade den reviderade rutinen.', 'Gruppen ställde sig bakom den.'], decisions: ['Ledningsgruppen beslutade att anta rutinen.'] });
      expect(read.body.minutes!.attendance).toContainEqual({ name: 'Gästföreläsare Ulla Berg', group: 'extra', presence: 'partTime', part: 'punkt 3' });
    });

    it('shows a concurrent edit by someone else, with their text, and writes nothing over it', async () => {
      const jonas = server.as('Jonas Berglund');
      const theirs = await jonas.send<ItemMinutesSaved>('PUT', `${minutesPath(next)}/items/${itemId}`, { version: saved.version, notes: 'Ordförandens version av texten.', decisions: [], links: [] });
      expect(theirs.status).toBe(200);
      const mine = await sara.send('PUT', `${minutesPath(next)}/items/${itemId}`, { version: saved.version, notes: 'Sekreterarens ändring.', decisions: [], links: [] });
      expect(mine.status).toBe(409);
      expect(errorOf(mine.body)).toMatchObject({
        code: 'editConflict',
        message: 'Jonas Berglund ändrade samma sak samtidigt. Din text finns kvar – välj vilken som ska gälla.',
        current: { itemId, version: theirs.body.version, notes: 'Ordförandens version av texten.', updatedBy: 'Jonas Berglund' },
      });
      expect((await server.app.store.itemMinutes.get(itemId))!.notes).toEqual(['Ordförandens version av texten.']);
      saved = theirs.body;
    });

    it('adds an action and takes it back', async () => {
      const owner = demoPerson('Karin Holmgren');
      const { body: read } = await sara.get<MinutesResponse>(minutesPath(next));
      const karinId = read.editing!.members.find((m) => m.name === owner.name)!.memberId;
      const actionId = crypto.randomUUID();
      const added = await sara.send<ActionJson>('POST', `${minutesPath(next)}/actions`, { actionId, itemId, what: 'Skicka rutinen till rektorerna.', owner: { memberId: karinId }, due: '2026-12-01' });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({ actionId, owner: { memberId: karinId, name: 'Karin Holmgren' }, due: '2026-12-01', done: false });
      const again = await sara.send<ActionJson>('POST', `${minutesPath(next)}/actions`, { actionId, itemId, what: 'Skicka rutinen till rektorerna.', owner: { memberId: karinId }, due: '2026-12-01' });
      expect(again.body).toEqual(added.body);
      const removed = await sara.send('DELETE', `${minutesPath(next)}/actions/${actionId}`, undefined, { 'If-Match': added.body.version });
      expect(removed.status).toBe(200);
      expect(await server.app.store.actions.get(actionId)).toBeUndefined();
    });

    it('publishes once; the bot says so in the channel; the minutes are then locked', async () => {
      const before = server.posted(DEMO_TEAM.teamId).length;
      const published = await sara.send<{ version: { number: number } }>('POST', `${minutesPath(next)}/publish`, {});
      expect(published.status).toBe(200);
      expect(published.body.version).toMatchObject({ number: 1, publishedBy: 'Sara Lindqvist' });
      await server.app.remindersIdle();
      const posts = server.posted(DEMO_TEAM.teamId).slice(before);
      expect(posts.map((p) => p.activity.text)).toEqual(['Anteckningarna från mötet tisdag 24 november finns nu i fliken.']);

      const twice = await sara.send('POST', `${minutesPath(next)}/publish`, {});
      expect(twice.status).toBe(409);
      expect(errorOf(twice.body)).toEqual({ code: 'alreadyPublished', message: 'Anteckningarna är redan publicerade (version 1). Inget publicerades en gång till.' });
      await server.app.runReminders();
      expect(server.posted(DEMO_TEAM.teamId).slice(before)).toHaveLength(1);

      const edit = await sara.send('PUT', `${minutesPath(next)}/items/${itemId}`, { version: saved.version, notes: 'Ändrat i efterhand.', decisions: [], links: [] });
      expect(edit.status).toBe(409);
      expect(errorOf(edit.body)).toMatchObject({ code: 'minutesLocked', message: expect.stringContaining('Välj Rätta och skriv varför') });
      const member = await karin.get<MinutesResponse>(minutesPath(next));
      expect(itemTitled(member.body, 'Rutin för tillfälligt lån av medarbetare').notes).toEqual(['Ordförandens version av texten.']);
    });

    it('corrects published minutes only with a reason, as version 2, and keeps version 1 as it was', async () => {
      const { body: read } = await sara.get<MinutesResponse>(minutesPath(next));
      const noReason = await sara.send('POST', `${minutesPath(next)}/corrections`, { version: read.editing!.version, reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(errorOf(noReason.body).message).toBe('Skriv varför de publicerade anteckningarna rättas. Skälet visas med den nya versionen.');
      const started = await sara.send<{ version: string }>('POST', `${minutesPath(next)}/corrections`, { version: read.editing!.version, reason: 'Beslutet saknades.' });
      expect(started.status).toBe(200);
      const fixed = await sara.send('PUT', `${minutesPath(next)}/items/${itemId}`, { version: saved.version, notes: 'Ordförandens version av texten.', decisions: ['Ledningsgruppen beslutade att anta rutinen.'], links: [] });
      expect(fixed.status).toBe(200);
      const before = server.posted(DEMO_TEAM.teamId).length;
      const published = await sara.send<{ version: { number: number; reason: string } }>('POST', `${minutesPath(next)}/publish`, {});
      expect(published.body.version).toMatchObject({ number: 2, reason: 'Beslutet saknades.' });
      await server.app.remindersIdle();
      expect(server.posted(DEMO_TEAM.teamId).slice(before).map((p) => p.activity.text)).toEqual([
        'Anteckningarna från mötet tisdag 24 november är rättade (version 2) och finns i fliken. Skäl: Beslutet saknades.',
      ]);
      const latest = await karin.get<MinutesResponse>(minutesPath(next));
      expect(latest.body.versions.map((v) => [v.number, v.reason])).toEqual([[1, undefined], [2, 'Beslutet saknades.']]);
      expect(itemTitled(latest.body, 'Rutin för tillfälligt lån av medarbetare').decisions).toEqual(['Ledningsgruppen beslutade att anta rutinen.']);
      const first = await karin.get<MinutesResponse>(`${minutesPath(next)}?version=1`);
      expect(first.body.shown).toEqual({ kind: 'published', version: 1 });
      expect(itemTitled(first.body, 'Rutin för tillfälligt lån av medarbetare').decisions).toEqual([]);
    });
  });

  describe('actions after the meeting', () => {
    it('records an action whose owner the bot cannot write to as skipped, once', async () => {
      server.app.clock.set('2026-11-24T13:30:00Z');
      const { body: read } = await sara.get<MinutesResponse>(minutesPath(next));
      const { body: correction } = await sara.send<{ version: string }>('POST', `${minutesPath(next)}/corrections`, { version: read.editing!.version, reason: 'En åtgärd saknades.' });
      expect(correction.version).toBeDefined();
      const itemId = items(read)[0]!.itemId;
      await sara.send('POST', `${minutesPath(next)}/actions`, { actionId: crypto.randomUUID(), itemId, what: 'Ta fram underlag.', owner: { name: 'Extern konsult' }, due: '2026-11-25' });
      await sara.send('POST', `${minutesPath(next)}/publish`, {});
      server.app.clock.set('2026-11-25T07:00:00Z');
      const report = await server.app.runReminders();
      expect(report.outcomes.filter((o) => o.entry.kind === 'actionDue').map((o) => [o.result, o.entry.reason])).toEqual([['skipped', 'noConversation']]);
      const again = await server.app.runReminders();
      expect(again.outcomes.filter((o) => o.entry.kind === 'actionDue')).toEqual([]);
    });
  });
});
