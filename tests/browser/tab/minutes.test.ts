import type { Page } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { chromiumPages, screenshot, seriousA11yViolations, tabOrder } from '../../support/browser/chromium';
import { installInDemoTeam } from '../../support/demoTeam';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * Protokoll in local mode, in a plain browser window: the tab runs as the demo group's
 * secretary (the local development identity). The app is installed in the demo team,
 * so what the bot posts in the channel reaches the Bot Connector emulator.
 */
describe('the minutes in the tab, in local mode', () => {
  let app: TestApp;
  let next: string;
  const chrome = chromiumPages('for each test');

  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_DATA: 'true' } });
    await installInDemoTeam(app);
    const meetings = await app.store.meetings.listByGroup(DEMO_TEAM.teamId);
    next = meetings.at(-1)!.id;
  });
  afterAll(() => app.close());

  const notesOf = (page: Page, label: string) => page.getByLabel(`Anteckningar – ${label}`);
  const statusOf = (page: Page, index: number) => page.getByTestId('save-status').nth(index);
  const storedNotes = async (title: string) => {
    const item = (await app.store.items.listByMeeting(next)).find((i) => i.title === title)!;
    return (await app.store.itemMinutes.get(item.id))?.notes;
  };
  const openNext = async (page: Page) => {
    await page.goto(`${app.url}/tab/?view=protokoll&meeting=${next}`);
    await page.getByTestId('item-editor').first().waitFor();
  };

  it('opens on the last meeting\'s published minutes, laid out as the group\'s own', async () => {
    const { page } = chrome;
    await page.goto(`${app.url}/tab/?view=protokoll`);
    await page.getByRole('heading', { level: 1, name: 'Protokoll – Ledningsgruppen (demo)' }).waitFor();
    await expect(page.getByTestId('development-identity').textContent()).resolves.toContain('Fliken körs lokalt som Sara Lindqvist');
    await expect(page.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 10 november 2026, 13.00–16.00');
    await expect(page.getByText('Plats: Jupiter', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('published-info').textContent()).resolves.toBe('Version 1, publicerad onsdag 11 november 2026 kl. 09.00 av Sara Lindqvist.');
    const attendance = await page.getByTestId('attendance').innerText();
    expect(attendance).toContain('Mats Ekström (via Teams)');
    expect(attendance).toContain('Ingrid Moberg (13–15.00)');
    expect(attendance).toMatch(/Frånvarande:\s*Peter Åberg/);
    await expect(page.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Närvaro', 'Beslut', 'Information', 'Kort, kort']);
    await expect(page.getByTestId('decision').first().textContent()).resolves.toMatch(/^Beslut: Ledningsgruppen beslutade/);
    await expect(page.getByTestId('action').first().textContent()).resolves.toBe('Åtgärd: Skicka ut den beslutade introduktionen till alla rektorer. – Karin Holmgren, senast 17 november 2026');
    await expect(page.getByTestId('follow-up').textContent()).resolves.toBe('Tas upp igen tisdag 24 november.');
    await expect(page.getByTestId('taken-by').textContent()).resolves.toBe('Vid anteckningarna: Sara Lindqvist');
    await expect(page.getByTestId('item-editor').count()).resolves.toBe(0);
    // From the keyboard, in reading order: the views, refresh, the meeting, the version, the correction, then the Word file.
    const order = await tabOrder(page, page, 12);
    expect(order.map((stop) => stop.split(':')[0])).toEqual(['a', 'a', 'a', 'a', 'a', 'a', 'button', 'select', 'select', 'button', 'button']);
    expect([order[0], order[1], order[6], order[9], order[10]]).toEqual(['a:Nästa möte', 'a:Protokoll', 'button:Uppdatera', 'button:Rätta', 'button:Ladda ner som Word']);
    await screenshot(page, 'local-minutes-published');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the secretary write during the meeting: saved as she types, kept through a reload', async () => {
    const { page } = chrome;
    await openNext(page);
    await expect(page.getByTestId('attendance-editor').isVisible()).resolves.toBe(true);
    const notes = notesOf(page, 'punkt 4 Budgetvolymer förskola och grundskola 2027');
    await notes.fill('Mats redogjorde för volymerna.\n\nInga frågor.');
    await expect(statusOf(page, 3).getAttribute('data-state')).resolves.not.toBe('idle');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="save-status"]')[3]?.getAttribute('data-state') === 'saved');
    expect(await storedNotes('Budgetvolymer förskola och grundskola 2027')).toEqual(['Mats redogjorde för volymerna.', 'Inga frågor.']);
    await screenshot(page, 'local-minutes-secretary', { fullPage: false });

    // Typed, and the tab reloaded before it had been saved: the text comes back and is saved.
    await notes.fill('Mats redogjorde för volymerna.\n\nInga frågor.\n\nBeslut fattas i december.');
    await page.reload();
    await page.getByTestId('item-editor').first().waitFor();
    await expect(notesOf(page, 'punkt 4 Budgetvolymer förskola och grundskola 2027').inputValue()).resolves.toBe('Mats redogjorde för volymerna.\n\nInga frågor.\n\nBeslut fattas i december.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="save-status"]')[3]?.getAttribute('data-state') === 'saved');
    expect(await storedNotes('Budgetvolymer förskola och grundskola 2027')).toEqual(['Mats redogjorde för volymerna.', 'Inga frågor.', 'Beslut fattas i december.']);
  });

  it('keeps the text through a network blip and saves it when Dagordning can be reached again', async () => {
    const { page } = chrome;
    await openNext(page);
    await page.route('**/minutes/items/**', (route) => route.abort('connectionrefused'));
    const notes = notesOf(page, 'punkt 5 Kvalitetsrapport grundskola, utkast');
    await notes.fill('Lena visade utkastet.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="save-status"]')[4]?.getAttribute('data-state') === 'retrying');
    await expect(statusOf(page, 4).textContent()).resolves.toBe('Inte sparat ännu – Dagordning går inte att nå just nu. Försöker igen, texten finns kvar här.');
    await notes.scrollIntoViewIfNeeded();
    await screenshot(page, 'local-minutes-network-blip', { fullPage: false });
    expect(await storedNotes('Kvalitetsrapport grundskola, utkast')).toBeUndefined();
    await page.unroute('**/minutes/items/**');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="save-status"]')[4]?.getAttribute('data-state') === 'saved', undefined, { timeout: 15000 });
    expect(await storedNotes('Kvalitetsrapport grundskola, utkast')).toEqual(['Lena visade utkastet.']);
    await expect(notes.inputValue()).resolves.toBe('Lena visade utkastet.');
  });

  it('refuses a 100,000-character note in Swedish and keeps the text in the tab', async () => {
    const { page } = chrome;
    await openNext(page);
    const notes = notesOf(page, 'punkt 6 Uppföljning av nyanlända elevers kartläggning');
    const long = 'ö'.repeat(100_000);
    await notes.fill(long);
    const alert = page.getByTestId('item-editor').nth(5).getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Anteckningen är för lång (100\u00a0000 tecken). Högst 20\u00a0000 tecken per punkt – korta texten eller länka till ett dokument. Din text finns kvar.');
    await expect(notes.inputValue()).resolves.toHaveLength(100_000);
    expect(await storedNotes('Uppföljning av nyanlända elevers kartläggning')).toBeUndefined();
  });

  it('publishes the minutes once the meeting has begun; the bot says so in the channel', async () => {
    const { page } = chrome;
    app.clock.set('2026-11-24T14:30:00Z');
    await page.goto(`${app.url}/tab/?view=protokoll`);
    await page.getByTestId('item-editor').first().waitFor();
    await expect(page.getByTestId('meeting-choice').inputValue()).resolves.toBe(next);
    await notesOf(page, 'punkt 3 Rutin för tillfälligt lån av medarbetare').fill('Rutinen diskuterades.');
    await page.getByRole('button', { name: 'Lägg till beslut för punkt 3 Rutin för tillfälligt lån av medarbetare' }).click();
    await page.getByLabel('Beslut 1 – punkt 3 Rutin för tillfälligt lån av medarbetare').fill('Ledningsgruppen antog rutinen.');
    await page.getByRole('button', { name: 'Lägg till åtgärd för punkt 3 Rutin för tillfälligt lån av medarbetare' }).click();
    await page.getByLabel('Vad ska göras? – punkt 3 Rutin för tillfälligt lån av medarbetare').fill('Skicka rutinen till rektorerna.');
    await page.getByLabel('Ansvarig – punkt 3 Rutin för tillfälligt lån av medarbetare').selectOption({ label: 'Karin Holmgren' });
    await page.getByLabel('Klart senast – punkt 3 Rutin för tillfälligt lån av medarbetare').fill('2026-12-01');
    await page.getByRole('button', { name: 'Spara åtgärden' }).click();
    await expect(page.getByTestId('action-row').textContent()).resolves.toContain('Karin Holmgren, senast 1 december 2026');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="save-status"]')].every((s) => ['idle', 'saved'].includes(s.getAttribute('data-state') ?? '')));
    // The question can be left with Escape; the keyboard is back where it was.
    await page.getByRole('button', { name: 'Publicera anteckningarna' }).click();
    await page.getByRole('dialog', { name: 'Publicera anteckningarna?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Publicera anteckningarna');
    await page.getByRole('button', { name: 'Publicera anteckningarna' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publicera anteckningarna?' });
    await screenshot(page, 'local-minutes-publish-dialog', { fullPage: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Publicera anteckningarna' }).click();
    await expect(page.getByTestId('minutes-notice').textContent()).resolves.toBe('Version 1 är publicerad. Boten säger till i kanalen.');
    await app.remindersIdle();
    // The same pass may also close the demo's feedback request on its card: only the text posts are about minutes.
    const posts = app.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === DEMO_TEAM.teamId && c.activity.text !== undefined).map((c) => c.activity.text);
    expect(posts).toEqual(['Anteckningarna från mötet tisdag 24 november finns nu i fliken.']);
    await expect(page.getByTestId('decision').textContent()).resolves.toBe('Beslut: Ledningsgruppen antog rutinen.');
    await expect(page.getByTestId('action').textContent()).resolves.toBe('Åtgärd: Skicka rutinen till rektorerna. – Karin Holmgren, senast 1 december 2026');
    await screenshot(page, 'local-minutes-after-publishing');
    await page.getByRole('button', { name: 'Rätta' }).waitFor();
  });
});
