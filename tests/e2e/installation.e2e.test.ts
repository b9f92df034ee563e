import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cardText } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person } from '../support/conversation';
import { newTeam, newUser } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

describe('installing Dagordning', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('greets the team channel once and makes the installer secretary', async () => {
    const team = newTeam('Ledningsgruppen Norr');
    const sara = new Person(app, newUser('Sara Lindqvist'));
    const welcome = onlyCard(await sara.installs(team));
    expect(cardText(welcome)).toContain('Hej! Jag är Dagordning.');
    expect(cardText(welcome)).toContain('Sara Lindqvist lade till mig och är gruppens sekreterare');

    // Teams sends both an installationUpdate and a conversationUpdate; reinstalling sends them again.
    expect(await sara.addsBotToTeam(team)).toEqual([]);
    expect(await sara.installs(team)).toEqual([]);

    const reply = onlyText(await sara.inChannel(team, 'möte 8 dec 13-16 Jupiter'));
    expect(reply).toContain('Mötet är planerat');
  });

  it('stores where to post later, without the reply thread', async () => {
    const team = newTeam();
    await new Person(app, newUser('Karin Holm')).installs(team);
    const record = await app.store.conversations.get(team.generalChannelId);
    expect(record?.scope).toBe('team');
    expect((record?.reference as { serviceUrl?: string }).serviceUrl).toBe(app.connector.url);
    expect((record?.reference as { conversation: { id: string } }).conversation.id).toBe(team.generalChannelId);
  });

  it('does not greet again after a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-restart-'));
    const env = { SQLITE_PATH: path.join(dir, 'kept.db') };
    const team = newTeam();
    const installer = newUser('Mats Ek');
    const first = await startTestApp({ connector: app.connector, env });
    expect(onlyCard(await new Person(first, installer).installs(team))).toBeDefined();
    await first.close();
    const second = await startTestApp({ connector: app.connector, env });
    try {
      expect(await new Person(second, installer).installs(team)).toEqual([]);
    } finally {
      await second.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('greets a person who installs it personally, once', async () => {
    const eva = new Person(app, newUser('Eva Nordin'));
    const welcome = onlyCard(await eva.installs());
    expect(cardText(welcome)).toContain('Här kan du anmäla punkter');
    expect(await eva.installs()).toEqual([]);
  });

  it('greets a team in the group\'s language and a person in their own', async () => {
    const tom = new Person(app, newUser('Tom Hardy'), 'en-US');
    expect(cardText(onlyCard(await tom.installs(newTeam())))).toContain('Hej! Jag är Dagordning.');
    expect(cardText(onlyCard(await tom.installs()))).toContain('Hello! I am Dagordning.');
  });
});
