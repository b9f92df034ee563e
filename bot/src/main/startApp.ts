import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DagordningApp } from '../app/dagordningApp';
import type { PassReport } from '../app/outbox/scheduler';
import { SchedulerLoop } from '../app/outbox/schedulerLoop';
import type { Config } from '../config/config';
import { seedDemoData } from '../demo/seedDemoData';
import { createServices } from '../domain/services';
import type { Store } from '../domain/storage';
import { createLogger, type Logger } from '../log/logger';
import { createHttpServer } from '../server/createServer';
import { DagordningAdapter } from '../teams/adapter';
import { createBotAuthentication } from '../teams/authentication';
import { DagordningBot } from '../teams/dagordningBot';
import { messagesEndpoint } from '../teams/messagesEndpoint';
import { openStore } from './openStore';
import { createScheduler } from './reminderWiring';

export interface RunningApp {
  url: string;
  store: Store;
  log: Logger;
  /** The server's own reminder passes. */
  reminders: { runPass(): Promise<PassReport>; idle(): Promise<void> };
  close(): Promise<void>;
}

export interface StartOptions {
  /** Injected clock for tests; the app never reads the time any other way. */
  now?: () => Date;
  log?: Logger;
  store?: Store;
  tabDir?: string;
}

/** Wires config, store, application, Teams edge and HTTP, and starts listening. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const store = options.store ?? (await openStore(config));
  const services = createServices({ store, now });

  const reminders = new SchedulerLoop(createScheduler(config, services, log), log);
  const app = new DagordningApp(services, log, reminders);
  const auth = createBotAuthentication(config);
  const adapter = new DagordningAdapter(auth, log);
  const bot = new DagordningBot(app, log);
  const server = createHttpServer({
    messages: messagesEndpoint({ adapter, auth, run: (context) => bot.run(context), log }),
    log,
    tabDir: options.tabDir ?? path.resolve(__dirname, '../../tab'),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
  // Only once the port is ours: a second copy that cannot listen must not have written anything.
  if (config.demoData && (await seedDemoData(services.deps))) log.info('demo data created');
  reminders.start(config.reminderIntervalSeconds * 1000);
  log.info('listening', { url, mode: config.mode, store: config.store, authentication: config.bot ? 'on' : 'off', reminderIntervalSeconds: config.reminderIntervalSeconds });

  return {
    url,
    store,
    log,
    reminders: { runPass: () => reminders.runPass(), idle: () => reminders.idle() },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reminders.stop();
      await store.close();
    },
  };
}

/** Process entry shared by local and production: clear config errors, clean shutdown. */
export async function runMain(load: () => Config, banner: (app: RunningApp, config: Config) => string): Promise<void> {
  let config: Config;
  try {
    config = load();
  } catch (error) {
    process.stderr.write(`Dagordning cannot start.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  let running: RunningApp;
  try {
    running = await startApp(config);
  } catch (error) {
    process.stderr.write(`Dagordning could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  process.stdout.write(banner(running, config));
  const stop = (): void => {
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
