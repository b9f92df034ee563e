import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Mode } from '../../bot/src/config/config';
import type { Store } from '../../bot/src/domain/storage';
import { createLogger } from '../../bot/src/log/logger';
import type { PassReport } from '../../bot/src/app/outbox/scheduler';
import { startApp, type RunningApp } from '../../bot/src/main/startApp';
import { ConnectorEmulator } from './botConnector/connectorEmulator';
import { TestClock } from './clock';
import { LINK_SIGNING_FOR_TESTS, TAB_SSO_FOR_TESTS } from './productionSettings';
import { startTestSite, type TestSite } from './sharePoint';

/**
 * The real server on a free port with a real store, a Bot Connector emulator for
 * the replies and a clock the test can move. Everything the user would notice goes
 * over HTTP.
 */

export interface TestApp {
  url: string;
  connector: ConnectorEmulator;
  clock: TestClock;
  store: Store;
  /** Lines the app logged, for asserting that secrets stay out. */
  logs: string[];
  /** One reminders pass as of the clock's time (the server's own timer is off in tests). */
  runReminders(): Promise<PassReport>;
  /** Waits for passes the app started itself (after a confirmed agenda). */
  remindersIdle(): Promise<void>;
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  mode?: Mode;
  env?: Record<string, string>;
  now?: string;
  /** Provide a store (e.g. SharePoint against the Graph emulator); SQLite in a temp file otherwise. */
  store?: Store;
  connector?: ConnectorEmulator;
  /** The Bot Connector emulator enforces Teams' rate limits (per conversation, and 40 a second for the app). */
  teamsLimits?: boolean;
}

export const DEFAULT_NOW = '2026-11-22T09:00:00.000Z';

/**
 * TEST_STORE=sharepoint runs the same end-to-end suites on the SharePoint store,
 * against one Graph emulator site per test file (so a restarted server finds its data).
 */
let sharedSite: Promise<TestSite> | undefined;
export const testStoreKind = (): 'sqlite' | 'sharepoint' => (process.env.TEST_STORE === 'sharepoint' ? 'sharepoint' : 'sqlite');
export function testSite(): Promise<TestSite> {
  sharedSite ??= startTestSite();
  return sharedSite;
}
afterAll(async () => {
  if (sharedSite) await (await sharedSite).stop();
  sharedSite = undefined;
});

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-test-'));
  const connector = options.connector ?? (await ConnectorEmulator.start(options.teamsLimits ? { limits: { appPerSecond: 40 } } : {}));
  const config = loadConfig({ PORT: '0', SQLITE_PATH: path.join(dir, 'test.db'), DEMO_DATA: 'false', LOG_LEVEL: 'warn', CHAT_LANGUAGE: 'client', REMINDER_INTERVAL_SECONDS: '0', ...(options.mode === 'production' ? { ...TAB_SSO_FOR_TESTS, ...LINK_SIGNING_FOR_TESTS } : {}), ...options.env }, options.mode ?? 'local');
  const clock = new TestClock(new Date(options.now ?? DEFAULT_NOW));
  const logs: string[] = [];
  const configured = options.env?.STORE !== undefined;
  const store = options.store ?? (testStoreKind() === 'sharepoint' && !configured ? await (await testSite()).connect() : undefined);
  const running: RunningApp = await startApp(config, {
    now: clock.now,
    log: createLogger('debug', (line) => logs.push(line)),
    store,
    tabDir: path.resolve(__dirname, '../../dist/tab'),
  });

  return {
    url: running.url,
    connector,
    clock,
    store: running.store,
    logs,
    runReminders: () => running.reminders.runPass(),
    remindersIdle: () => running.reminders.idle(),
    async post(activity, headers = {}) {
      const response = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: keep the text for the assertion message.
      }
      return { status: response.status, body };
    },
    async close() {
      await running.close();
      if (!options.connector) await connector.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
