import { Database } from '../../bot/src/stores/sqlite/driver';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, onlyText, type Person, preparedTeam } from '../support/conversation';
import type { TeamFixture } from '../support/teams/activities';
import { storedItems } from '../support/storedItems';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The disk under the SQLite file is full. Every write fails with SQLITE_FULL, which
 * the user must meet exactly like a Graph outage: "Det gick inte att spara just nu",
 * nothing half-written, and a card that keeps what they typed for one more click.
 * The full disk is played by `PRAGMA max_page_count` (the file may not grow) after a
 * VACUUM (no free pages), on 512-byte pages, so that every record written needs a new
 * page: its text does not fit in one and overflows.
 * https://www.sqlite.org/pragma.html#pragma_max_page_count
 */
const UNAVAILABLE = 'Det gick inte att spara just nu. Inget har ändrats – försök igen om en stund.';

describe('the bot when the SQLite disk is full', () => {
  let dir: string;
  let db: Database;
  let app: TestApp;
  let team: TeamFixture;
  let member: Person;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-full-'));
    db = new Database(path.join(dir, 'full.db'));
    db.pragma('page_size = 512');
    app = await startTestApp({ store: SqliteStore.onDatabase(db) });
    ({ team, member } = await preparedTeam(app, 'möte 8 dec 13-16 Jupiter'));
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** No free pages left (VACUUM) and the file may not grow: the next record that needs a page has nowhere to go. */
  const diskFull = (): void => {
    db.exec('VACUUM');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  };
  const diskFreed = (): void => {
    db.pragma('max_page_count = 1073741823');
  };

  const storedTitles = async (): Promise<string[]> => (await storedItems(app, team)).map((i) => i.title);

  it('answers a chat command with "could not save just now" and stores nothing', async () => {
    const before = await storedTitles();
    diskFull();
    try {
      expect(onlyText(await member.inChannel(team, `punkt Lokalförsörjning ${'Ö'.repeat(200)}`))).toBe(UNAVAILABLE);
    } finally {
      diskFreed();
    }
    expect(await storedTitles()).toEqual(before);
    expect(app.logs.join('\n')).toContain('SQLITE_FULL');
  });

  it('answers a card save with the retry card, keeping what was typed, and saves on the next click', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Kompetensdag'));
    const form = { ...actionData(card, 'item.save'), title: 'Kompetensdag i mars', section: 'beslut', presenters: '', minutes: '25', description: 'Program: '.concat('å'.repeat(1500)), link: '' };
    diskFull();
    let failed;
    try {
      ({ card: failed } = await member.clicks('item.save', form, team));
    } finally {
      diskFreed();
    }
    expect(cardText(failed)).toContain(UNAVAILABLE);
    expect(inputValue(failed, 'title')).toBe('Kompetensdag i mars');
    expect(inputValue(failed, 'description')).toBe(form.description);
    expect(await storedTitles()).not.toContain('Kompetensdag i mars');
    const { card: saved } = await member.clicks('item.save', { ...actionData(failed, 'item.save'), ...form }, team);
    expect(cardText(saved)).toMatch(/✔ Sparat/);
    expect(await storedTitles()).toContain('Kompetensdag i mars');
  });

  it('answers an item added from the agenda card with the retry card', async () => {
    const agenda = onlyCard(await member.inChannel(team, 'dagordning'));
    diskFull();
    let failed;
    try {
      ({ card: failed } = await member.clicks('agenda.addItem', { ...actionData(agenda, 'agenda.addItem'), title: `Elevhälsans budget ${'Ä'.repeat(200)}` }, team));
    } finally {
      diskFreed();
    }
    expect(cardText(failed)).toContain(UNAVAILABLE);
    expect(inputValue(failed, 'title')).toBe(`Elevhälsans budget ${'Ä'.repeat(200)}`);
  });
});
