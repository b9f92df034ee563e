import { chromiumPages, screenshot, seriousA11yViolations, tabOrder } from '../../support/browser/chromium';
import { startTestApp, type TestApp } from '../../support/testApp';

/** The real server in local mode with the demo data, the built tab in a plain browser window: no Teams, no sign-in. */
describe('the tab in local mode, outside Teams', () => {
  let app: TestApp;
  const chrome = chromiumPages('for each test');

  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(() => app.close());

  it('opens on the next meeting of the demo data and says it runs with the local development identity', async () => {
    await chrome.page.goto(`${app.url}/tab/`);
    await chrome.page.getByRole('heading', { level: 1, name: 'Nästa möte – Ledningsgruppen (demo)' }).waitFor();
    await expect(chrome.page.getByTestId('development-identity').textContent()).resolves.toContain('Fliken körs lokalt som Sara Lindqvist, demogruppens sekreterare');
    await expect(chrome.page.getByTestId('meeting-when').textContent()).resolves.toBe('Tisdag 24 november 2026, 13.00–16.00, Jupiter + Teams');
    await expect(chrome.page.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Beslut', 'Information', 'Diskussion', 'Kort, kort']);
    const items = chrome.page.getByTestId('agenda-item');
    await expect(items.count()).resolves.toBe(8);
    await expect(items.nth(2).textContent()).resolves.toContain('Föredragande: Karin Holmgren (KH)');
    // The item taken up again from the last meeting's minutes says so.
    await expect(items.nth(2).textContent()).resolves.toContain('Uppföljning');
    // The numbers the agenda card shows: the kort kort list is number 8, the closing item 9.
    await expect(items.evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value))).resolves.toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    await expect(chrome.page.getByTestId('agenda-notice').count()).resolves.toBe(2);
    await expect(items.last().textContent()).resolves.toContain('Summering och utcheckning');
    const timePlan = chrome.page.getByRole('table', { name: 'Tidsplan' });
    await expect(timePlan.getByRole('row').nth(1).textContent()).resolves.toBe('13.001Inledning och incheckning10 min');
    await expect(chrome.page.getByTestId('time-plan-summary').textContent()).resolves.toBe('10 min kvar till mötets slut.');
    await screenshot(chrome.page, 'local-next-meeting');
  });

  it('lists the meeting\'s open questions for feedback with their deadline and how many have answered', async () => {
    await chrome.page.goto(`${app.url}/tab/`);
    const section = chrome.page.getByRole('region', { name: 'Synpunkter som efterfrågas' });
    await section.waitFor();
    await expect(section.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Kan rutinen för tillfälligt lån av medarbetare gå till beslut på mötet?Gäller punkten Rutin för tillfälligt lån av medarbetareSvara senast måndag 23 november 2026 kl. 12.00 · 3 av 13 har svarat',
    ]);
  });

  it('lets the keyboard reach the views, the refresh button and then the item\'s document link, in reading order', async () => {
    await chrome.page.goto(`${app.url}/tab/`);
    await chrome.page.getByTestId('agenda-item').first().waitFor();
    expect(await tabOrder(chrome.page, chrome.page, 8)).toEqual(['a:Nästa möte', 'a:Protokoll', 'a:Arkiv', 'a:Sök', 'a:Beslutslogg', 'a:Uppföljning', 'button:Uppdatera', 'a:Underlag till Rutin för tillfälligt lån av medarbetare (öppnas i ny flik)']);
    await expect(chrome.page.getByRole('link', { name: 'Nästa möte' }).getAttribute('aria-current')).resolves.toBe('page');
  });

  it('has no serious or critical accessibility violations, development notice included', async () => {
    await chrome.page.goto(`${app.url}/tab/`);
    await chrome.page.getByTestId('agenda-item').first().waitFor();
    expect(await seriousA11yViolations(chrome.page)).toEqual([]);
  });

  it('lists my groups on the personal page and opens a group\'s next meeting from the keyboard', async () => {
    await chrome.page.goto(`${app.url}/tab/personal`);
    await chrome.page.getByRole('heading', { level: 1, name: 'Mina grupper' }).waitFor();
    await expect(chrome.page.getByTestId('my-group').textContent()).resolves.toContain('Du är sekreterare (ledningsgruppen)');
    // Her open action from the last meeting's published minutes.
    await expect(chrome.page.getByTestId('my-action').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Boka lokal till kompetensdagen i mars\.\s+senast 1 december 2026\s+Ledningsgruppen \(demo\), mötet tisdag 10 november, Lokal till vårens kompetensdag behöver bokas\.$/),
    ]);
    await screenshot(chrome.page, 'local-personal');
    expect(await tabOrder(chrome.page, chrome.page, 1)).toEqual(['button:Visa nästa möte för Ledningsgruppen (demo)']);
    await chrome.page.keyboard.press('Enter');
    await chrome.page.getByRole('heading', { level: 1, name: 'Nästa möte – Ledningsgruppen (demo)' }).waitFor();
    await chrome.page.getByRole('button', { name: 'Tillbaka till mina grupper' }).click();
    await chrome.page.getByRole('heading', { level: 1, name: 'Mina grupper' }).waitFor();
  });

  it('says in Swedish that Dagordning cannot be reached when the server is down, and tries again', async () => {
    await chrome.page.goto(`${app.url}/tab/`);
    await chrome.page.getByTestId('agenda-item').first().waitFor();
    await chrome.page.route('**/api/tab/**', (route) => route.abort('connectionrefused'));
    await chrome.page.getByRole('button', { name: 'Uppdatera' }).click();
    await expect(chrome.page.getByRole('alert').textContent()).resolves.toContain('Dagordning går inte att nå just nu. Kontrollera anslutningen och försök igen.');
    await screenshot(chrome.page, 'local-network-error');
    await chrome.page.unroute('**/api/tab/**');
    await chrome.page.getByRole('button', { name: 'Försök igen' }).click();
    await chrome.page.getByTestId('agenda-item').first().waitFor();
  });
});
