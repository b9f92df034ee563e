import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../bot/src/stores/sqlite/driver';
import { freePort } from '../support/freePort';

/** `npm start` as a person runs it: the built local entry in its own process. */
const LOCAL_ENTRY = path.resolve(__dirname, '../../dist/bot/main/local.js');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runLocal(env: Record<string, string>, until: (output: string) => boolean = () => false, timeoutMs = 15000): Promise<Exit & { stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOCAL_ENTRY], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no outcome in time; stdout: ${stdout} stderr: ${stderr}`));
    }, timeoutMs);
    const stop = () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM'))));
    const check = () => {
      if (until(stdout)) {
        clearTimeout(timer);
        resolve({ code: null, stdout, stderr, stop });
      }
    };
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), check()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, stop });
    });
  });
}


describe('starting the server locally', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-startup-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says which port is taken and how to choose another, and writes no demo data', async () => {
    const port = String(await freePort());
    const first = await runLocal({ PORT: port, SQLITE_PATH: path.join(dir, 'first.db') }, (out) => out.includes('körs lokalt'));
    try {
      const secondDb = path.join(dir, 'second.db');
      const second = await runLocal({ PORT: port, SQLITE_PATH: secondDb });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`Porten ${port} används redan`);
      expect(second.stderr).toContain(`PORT=${Number(port) + 1} npm start`);
      const db = new Database(secondDb, { readonly: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM groups').get()).toEqual({ n: 0 });
      db.close();
    } finally {
      await first.stop();
    }
  });

  it('names a database file it cannot open, and why', async () => {
    const notADatabase = path.join(dir, 'notes.db');
    fs.writeFileSync(notADatabase, 'Det här är anteckningar, ingen databas.\n'.repeat(200));
    const exit = await runLocal({ PORT: String(await freePort()), SQLITE_PATH: notADatabase });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`Databasfilen ${notADatabase} går inte att öppna: den är ingen SQLite-databas eller är skadad`);
    expect(exit.stderr).toContain('SQLITE_PATH');
  });

  it('names a database file whose folder cannot be made', async () => {
    // A file where the folder should be: fails the same for every user, root included.
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, '');
    const file = path.join(blocker, 'db.sqlite');
    const exit = await runLocal({ PORT: String(await freePort()), SQLITE_PATH: file });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`Databasfilen ${file} går inte att öppna`);
  });
});
