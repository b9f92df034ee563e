import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { actionData, cardText } from '../support/cards/validateCard';
import { ask, cardOf, channelCard, feedbackTeam, proactive, updatesOf } from '../support/feedback';
import { startTestApp, testSite, testStoreKind } from '../support/testApp';

/**
 * The one-pass command (dist/bot/main/reminders.js) in its own process, beside the
 * server on the same store, closes a feedback request at its deadline: the channel's
 * card replaced, the owner's compilation sent, its CSV link opening on the server
 * (both sign with the same LINK_SIGNING_KEY and the command links to PUBLIC_URL).
 */
const root = path.resolve(__dirname, '../..');
const KEY = { LINK_SIGNING_KEY: 'a-key-the-server-and-the-pass-share-0123456789' };

function onePass(env: Record<string, string>, now: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(root, 'dist/bot/main/reminders.js'), '--now', now, '--json'], {
    env: { ...process.env, DEMO_DATA: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run reminders at a feedback deadline', () => {
  it('closes the request from its own process: the channel\'s card, the owner\'s answers and a CSV link the server opens', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-feedback-pass-'));
    const store = testStoreKind() === 'sharepoint' ? (await testSite()).env : { STORE: 'sqlite', SQLITE_PATH: path.join(dir, 'shared.db') };
    const app = await startTestApp({ env: { ...store, ...KEY } });
    try {
      const { team, secretary, members } = await feedbackTeam(app, 2);
      await ask(secretary, team, 'Lokalförsörjning', { deadlineDate: '2026-11-26', deadlineTime: '12:00', kind: 'yesNo' });
      await app.remindersIdle();
      await members[0]!.clicks('feedback.answer', { ...actionData(channelCard(app, team), 'feedback.answer'), choice: 'ja', comment: 'Söder behöver en lokal till.' }, team);
      await app.remindersIdle();

      const { code, stdout, stderr } = await onePass({ ...store, ...KEY, PUBLIC_URL: app.url }, '2026-11-26T11:00:00Z');
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const summary = JSON.parse(stdout) as { outcomes: { kind: string; result: string }[] };
      expect(summary.outcomes.filter((o) => o.kind === 'feedbackClosed' || o.kind === 'feedbackCompiled').map((o) => [o.kind, o.result]).sort()).toEqual([
        ['feedbackClosed', 'sent'], ['feedbackCompiled', 'sent'],
      ]);
      const [closed] = updatesOf(app, team.generalChannelId).slice(-1);
      expect(cardText(cardOf(closed))).toContain('Stängd torsdag 26 november kl. 12.00.');
      const [compiled] = proactive(app, ConnectorEmulator.personalChatId(secretary.user.id)).filter((c) => c.activity.summary === 'Svaren på: Lokalförsörjning');
      expect(cardText(cardOf(compiled))).toContain(`${members[0]!.user.name}: Ja – Söder behöver en lokal till.`);
      const link = cardOf(compiled).actions.find((a: { title: string }) => a.title === 'Ladda ned svaren (CSV)').url as string;
      expect(link.startsWith(`${app.url}/api/feedback/`)).toBe(true);
      const download = await fetch(link);
      expect(download.status).toBe(200);
      expect(await download.text()).toContain('Söder behöver en lokal till.');
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
