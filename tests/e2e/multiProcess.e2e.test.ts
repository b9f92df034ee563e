import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../bot/src/domain/storage';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { cardText } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person } from '../support/conversation';
import { newTeam, newUser, TENANT_ID } from '../support/teams/activities';
import { testSite, testStoreKind, type TestApp } from '../support/testApp';

/**
 * Several processes on one store, as they run in production: the built server
 * (dist/bot/main/local.js) twice, and the one-pass command (dist/bot/main/reminders.js)
 * beside them, racing each other or killed mid-run. Runs on SQLite (one temp file) and,
 * with TEST_STORE=sharepoint, on one SharePoint site in the Graph emulator.
 */
const root = path.resolve(__dirname, '../..');
const children = new Set<ChildProcess>();
afterAll(() => children.forEach((child) => child.kill('SIGKILL')));

interface Shared {
  env: Record<string, string>;
  open(): Promise<Store>;
  dispose(): void;
}

async function sharedStore(): Promise<Shared> {
  if (testStoreKind() === 'sharepoint') {
    const site = await testSite();
    return { env: site.env, open: () => site.connect(), dispose: () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-processes-'));
  const file = path.join(dir, 'shared.db');
  return { env: { STORE: 'sqlite', SQLITE_PATH: file }, open: async () => SqliteStore.open(file), dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function start(script: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'dist/bot/main', script), ...args], {
    env: { ...process.env, DEMO_DATA: 'false', LOG_LEVEL: 'warn', REMINDER_INTERVAL_SECONDS: '0', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, output };
}

interface PassSummary {
  sent: number;
  takenOver: number;
  takenByOther: number;
  failed: number;
}

async function pass(env: Record<string, string>, now: string): Promise<PassSummary> {
  const { code, stdout, stderr } = await start('reminders.js', ['--now', now, '--json'], env).output;
  if (code !== 0) throw new Error(`reminders pass exited with ${code}: ${stderr}`);
  return JSON.parse(stdout) as PassSummary;
}

/** `count` groups whose channels are stored and whose meeting is tomorrow at 13.00: the meeting reminder is due at 13.00 today (12.00 UTC). */
async function seedGroups(store: Store, count: number, connector: ConnectorEmulator): Promise<string[]> {
  const channels: string[] = [];
  for (let n = 0; n < count; n++) {
    const team = newTeam(`Ledningsgrupp ${n}`);
    await store.groups.createIfAbsent({ id: team.teamId, teamId: team.teamId, name: team.name, tenantId: TENANT_ID, createdAt: '2026-11-01T09:00:00.000Z', language: 'sv' });
    await store.conversations.save({
      conversationId: team.generalChannelId, scope: 'team', groupId: team.teamId, updatedAt: '2026-11-01T09:00:00.000Z',
      reference: { channelId: 'msteams', serviceUrl: connector.url, bot: { id: '28:dagordning', name: 'Dagordning' }, conversation: { id: team.generalChannelId, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID } },
    });
    await store.meetings.add({
      id: crypto.randomUUID(), groupId: team.teamId, startsAt: '2026-12-08T12:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', place: 'Jupiter',
      online: false, agendaDeadline: '2026-12-03T11:00:00.000Z', status: 'planerat', createdAt: '2026-11-01T09:00:00.000Z',
    });
    channels.push(team.generalChannelId);
  }
  return channels;
}

const sendsTo = (connector: ConnectorEmulator, channels: string[]): number[] =>
  channels.map((channel) => connector.calls.filter((c) => c.kind === 'send' && c.conversationId === channel).length);

// Every meeting reminder is due, and the meeting has not started.
const REMINDER_DUE = '2026-12-07T12:00:00.000Z';

describe('reminder passes in processes of their own', () => {
  let connector: ConnectorEmulator;
  let shared: Shared;
  let store: Store;
  beforeAll(async () => {
    connector = await ConnectorEmulator.start({ limits: { appPerSecond: 40 } });
    shared = await sharedStore();
    store = await shared.open();
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await connector.stop();
    shared.dispose();
  });

  it('send each reminder once when two passes race on one store', async () => {
    const channels = await seedGroups(store, 30, connector);
    const [first, second] = await Promise.all([pass(shared.env, REMINDER_DUE), pass(shared.env, REMINDER_DUE)]);
    expect(sendsTo(connector, channels)).toEqual(channels.map(() => 1));
    expect(first.sent + second.sent).toBe(30);
  }, 60_000);

  it('lose nothing when a pass is killed mid-run; only the sends in flight at the kill may go out twice', async () => {
    const channels = await seedGroups(store, 40, connector);
    connector.latencyMs = 150;
    try {
      const killed = start('reminders.js', ['--now', REMINDER_DUE, '--json'], shared.env);
      while (sendsTo(connector, channels).reduce((a, b) => a + b, 0) < 12) await new Promise((resolve) => setTimeout(resolve, 10));
      killed.child.kill('SIGKILL');
      await killed.output;
      const atKill = sendsTo(connector, channels).reduce((a, b) => a + b, 0);
      const claimed = (await store.outbox.listDue('2026-12-07T12:05:00.000Z')).filter((e) => e.state === 'claimed' && e.target.kind === 'conversation' && channels.includes(e.target.conversationId));
      expect(atKill).toBeLessThan(40);
      expect(claimed.length).toBeGreaterThan(0);
      // The next pass, after the killed one's lease has run out.
      const rerun = await pass(shared.env, '2026-12-07T12:05:00.000Z');
      const counts = sendsTo(connector, channels);
      expect(counts.every((n) => n >= 1)).toBe(true);
      const duplicates = counts.filter((n) => n > 1).length;
      expect(rerun.takenOver).toBe(claimed.length);
      expect(duplicates).toBeLessThanOrEqual(rerun.takenOver);
      // At most as many as the sender's workers (40 a second → 10).
      expect(rerun.takenOver).toBeLessThanOrEqual(10);
    } finally {
      connector.latencyMs = 0;
    }
  }, 60_000);
});

describe('two servers on one store', () => {
  let connector: ConnectorEmulator;
  let shared: Shared;
  const servers: { url: string; stop(): void }[] = [];
  beforeAll(async () => {
    connector = await ConnectorEmulator.start();
    shared = await sharedStore();
    for (let n = 0; n < 2; n++) servers.push(await server(shared.env));
  }, 60_000);
  afterAll(async () => {
    servers.forEach((s) => s.stop());
    await connector.stop();
    shared.dispose();
  });

  async function server(env: Record<string, string>): Promise<{ url: string; stop(): void }> {
    const { child } = start('local.js', [], env);
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    return { url, stop: () => child.kill('SIGTERM') };
  }

  /** Enough of a test app to talk to one of the servers through the shared Bot Connector emulator. */
  const client = (url: string): TestApp =>
    ({
      connector,
      async post(activity: unknown) {
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
        return { status: response.status, body: await response.text() };
      },
    }) as unknown as TestApp;

  it('both answer, each sees what the other wrote, and a reminders pass runs beside them', async () => {
    const [a, b] = servers.map((s) => client(s.url)) as [TestApp, TestApp];
    const team = newTeam('Ledningsgruppen');
    const sara = newUser('Sara Lindqvist');
    const tomas = newUser('Tomas Karlsson');
    connector.rosters.set(team.teamId, [sara, tomas].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await new Person(a, sara).installs(team);
    // The servers run on the real clock: a meeting ten days ahead.
    const day = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10);
    const deadline = new Date(Date.now() + 8 * 86400_000).toISOString().slice(0, 10);
    expect(onlyText(await new Person(a, sara).inChannel(team, `möte ${day} 13-16 Jupiter`))).toContain('Mötet är planerat');

    expect(cardText(onlyCard(await new Person(b, tomas).inChannel(team, 'dagordning')))).toContain('Inga punkter anmälda ännu.');
    expect(cardText(onlyCard(await new Person(a, sara).inChannel(team, 'dagordning')))).toContain('Inga punkter anmälda ännu.');
    await new Person(b, tomas).inChannel(team, 'punkt Skolskjuts 2027');
    expect(cardText(onlyCard(await new Person(a, sara).inChannel(team, 'dagordning')))).toContain('1. Skolskjuts 2027');
    expect(onlyText(await new Person(a, sara).inChannel(team, 'roll Tomas ordförande'))).toContain('Tomas Karlsson (TK) är nu ordförande.');
    expect(onlyText(await new Person(b, tomas).inChannel(team, `deadline ${deadline} 12.00`))).toContain('Sista dag för punkter');

    // The agenda call is due a week before the meeting; the pass sends it while both servers keep answering.
    const before = connector.calls.filter((c) => c.kind === 'send' && c.conversationId === team.generalChannelId).length;
    const summary = await pass(shared.env, new Date(Date.parse(`${day}T12:00:00Z`) - 7 * 86400_000).toISOString());
    expect(summary.sent).toBe(1);
    expect(connector.calls.filter((c) => c.kind === 'send' && c.conversationId === team.generalChannelId)).toHaveLength(before + 1);
    expect(cardText(onlyCard(await new Person(b, sara).inChannel(team, 'dagordning')))).toContain('1. Skolskjuts 2027');
  }, 60_000);
});
