import type { MeetingsResponse, MinutesResponse } from '../../bot/src/contract/minutesApi';
import { DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { DEMO_TEAM_FIXTURE, demoPerson, startDemoServer, type DemoServer } from '../support/demoTeam';
import { channelMessage, fromTenant, personalMessage } from '../support/teams/activities';

/**
 * `beslut <sökord>` and `protokoll [datum]` in the demo group's channel and in a
 * personal chat, on a server that knows the Teams app's id, so the link opens the
 * channel tab inside Teams.
 */
const TEAMS_APP_ID = '2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const group = `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}`;

/** A demo person writing to the bot from the demo group's tenant, in its channel or in their personal chat; the bot's one answer as text. */
interface Writer {
  inChannel(team: typeof DEMO_TEAM_FIXTURE, text: string): Promise<string>;
  inPersonalChat(text: string): Promise<string>;
}
const person = (server: DemoServer, name: string): Writer => {
  const p = demoPerson(name);
  const user = { id: p.userId, name: p.name, aadObjectId: p.aadObjectId };
  const common = { serviceUrl: server.app.connector.url, locale: 'sv-SE' };
  const send = async (activity: ReturnType<typeof personalMessage> | ReturnType<typeof channelMessage>): Promise<string> => {
    const before = server.app.connector.calls.length;
    const response = await server.app.post(fromTenant(activity, DEMO_TEAM.tenantId));
    expect(response.status).toBe(200);
    const replies = server.app.connector.calls.slice(before).filter((c) => c.kind === 'send' || c.kind === 'reply');
    expect(replies).toHaveLength(1);
    return replies[0]!.activity?.text ?? '';
  };
  return {
    inChannel: (team, text) => send(channelMessage(common, team, user, text)),
    inPersonalChat: (text) => send(personalMessage(common, user, text)),
  };
};

describe('the archive in chat', () => {
  let server: DemoServer;
  let karin: Writer;
  let past: string;
  let next: string;

  beforeAll(async () => {
    server = await startDemoServer({ TEAMS_APP_ID });
    karin = person(server, 'Karin Holmgren');
    const sara = server.as('Sara Lindqvist');
    const { body } = await sara.get<MeetingsResponse>(`${group}/meetings`);
    next = body.meetings.find((m) => m.startsAt.startsWith('2026-11-24'))!.meetingId;
    past = body.meetings.find((m) => m.startsAt.startsWith('2026-11-10'))!.meetingId;
    // The meeting on the 24th takes twelve decisions about school transport, and its minutes are published.
    server.app.clock.set('2026-11-24T13:30:00Z');
    const working = await sara.get<MinutesResponse>(`${group}/meetings/${next}/minutes`);
    const item = working.body.minutes!.parts.flatMap((p) => p.items).find((i) => i.title === 'Rutin för tillfälligt lån av medarbetare')!;
    const decisions = Array.from({ length: 12 }, (_, n) => `Skolskjutsen för område ${n + 1} upphandlas på nytt.`);
    expect((await sara.send('PUT', `${group}/meetings/${next}/minutes/items/${item.itemId}`, { notes: 'Genomgång.', decisions, links: [] })).status).toBe(200);
    expect((await sara.send('POST', `${group}/meetings/${next}/minutes/publish`, {})).status).toBe(200);
    server.app.clock.set('2026-11-25T09:00:00Z');
  });
  afterAll(async () => {
    await server.close();
  });

  it('finds a decision by a word, with the meeting\'s date and the item', async () => {
    const text = (await karin.inChannel(DEMO_TEAM_FIXTURE, 'beslut introduktionen'));
    expect(text).toMatch(/^Ett beslut om "introduktionen":/);
    expect(text).toContain('10 nov');
    expect(text).toContain('beslutade att införa den gemensamma introduktionen');
  });

  it('lists at most ten decisions and says how many more there are', async () => {
    const text = (await karin.inPersonalChat('beslut skolskjuts'));
    expect(text).toMatch(/^12 beslut om "skolskjuts":/);
    expect(text.split('\n\n').filter((line) => line.startsWith('•'))).toHaveLength(10);
    expect(text).toContain('…och 2 till.');
  });

  it('says so in Swedish when no decision holds the words', async () => {
    expect((await karin.inChannel(DEMO_TEAM_FIXTURE, 'beslut simhall'))).toBe('Inga beslut hittades för "simhall".');
  });

  it('answers a search too short with the command\'s right form', async () => {
    const text = (await karin.inChannel(DEMO_TEAM_FIXTURE, 'beslut x'));
    expect(text).toContain('Skriv minst 2 tecken');
    expect(text).toContain('beslut budget');
  });

  it('refuses a guest the decisions', async () => {
    expect((await person(server, 'Elin Rask').inPersonalChat('beslut skolskjuts'))).toContain('Arkivet är till för ledningsgruppen och styrgruppen');
  });

  it('links to the latest published minutes in the channel\'s tab, or to those of a day', async () => {
    const latest = new URL((await karin.inChannel(DEMO_TEAM_FIXTURE, 'protokoll')).split(': ').pop()!);
    expect(latest.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/${encodeURIComponent(`dagordning-${DEMO_TEAM.teamId}`)}`);
    expect(JSON.parse(latest.searchParams.get('context')!)).toEqual({ subEntityId: `protokoll:${next}`, channelId: DEMO_TEAM_FIXTURE.generalChannelId });
    const text = (await karin.inPersonalChat('protokoll 10 nov'));
    expect(text).toMatch(/^Anteckningarna från mötet .*10 nov/);
    expect(JSON.parse(new URL(text.split(': ').pop()!).searchParams.get('context')!).subEntityId).toBe(`protokoll:${past}`);
  });

  it('says when a day has no published minutes', async () => {
    expect((await karin.inChannel(DEMO_TEAM_FIXTURE, 'protokoll 3 nov'))).toContain('Det finns inga publicerade anteckningar från något möte 2026-11-03');
  });
});
