import type { Page } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { docxLines, readDocx } from '../../support/docx/readDocx';
import { chromiumPages, screenshot, seriousA11yViolations, tabOrder } from '../../support/browser/chromium';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * The archive's views in local mode, in a plain browser window, on the demo group's
 * term of published minutes: the tab runs as the group's secretary (the local
 * development identity), who may mark any action done.
 */
describe('the archive in the tab, in local mode', () => {
  let app: TestApp;
  const chrome = chromiumPages('for each test');

  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(() => app.close());

  const open = async (page: Page, view: string): Promise<void> => {
    await page.goto(`${app.url}/tab/?view=${view}`);
  };
  const search = async (page: Page, query: string): Promise<void> => {
    await page.getByRole('searchbox', { name: 'Sök' }).fill(query);
    await page.keyboard.press('Enter');
    // The count names the query it answers: a second search does not read the first one's hits.
    await page.getByTestId('hit-count').filter({ hasText: `”${query}”` }).waitFor();
  };
  /** Each hit's context with its marked words in [brackets]. */
  const markedContexts = (page: Page) =>
    page.getByTestId('hit-context').evaluateAll((contexts) =>
      contexts.map((context) => [...context.childNodes].map((node) => (node.nodeName === 'MARK' ? `[${node.textContent}]` : node.textContent)).join('')),
    );
  /** What has focus, named as a screen reader would: its aria-label, else its label, else its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim() };
    });
  /** Whether focus shows: the focused control looks different once the keyboard has moved off it (and back). */
  const focusShows = async (page: Page): Promise<boolean> => {
    const clip = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return { x: Math.max(0, box.x - 4), y: Math.max(0, box.y - 4), width: box.width + 8, height: box.height + 8 };
    });
    const withFocus = await page.screenshot({ clip });
    await page.keyboard.press('Shift+Tab');
    const without = await page.screenshot({ clip });
    await page.keyboard.press('Tab');
    return !withFocus.equals(without);
  };
  /** Tabs on until the focused element is the one wanted; says whether its focus shows. */
  const tabTo = async (page: Page, accept: (stop: { tag: string; name: string }) => boolean, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (accept(stop)) return { ...stop, visible: await focusShows(page) };
    }
    throw new Error('the keyboard never reached it');
  };

  describe('Arkiv', () => {
    it('lists the group\'s terms, newest first, and the newest term\'s meetings with their minutes\' state', async () => {
      const { page } = chrome;
      await open(page, 'arkiv');
      await page.getByRole('heading', { level: 1, name: 'Arkiv – Ledningsgruppen (demo)' }).waitFor();
      await page.getByTestId('archive-meeting').first().waitFor();
      await expect(page.getByRole('combobox', { name: 'Termin', exact: true }).locator('option').allTextContents()).resolves.toEqual(['Hösttermin 2026 – 8 möten, 8 publicerade']);
      await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Möten hösttermin 2026');
      // The held meetings, oldest first; the coming one has no minutes to read yet.
      const meetings = page.getByTestId('archive-meeting');
      await expect(meetings.getByTestId('meeting-link').allTextContents()).resolves.toEqual([
        'Tisdag 4 augusti 2026',
        'Tisdag 18 augusti 2026',
        'Tisdag 1 september 2026',
        'Tisdag 15 september 2026',
        'Tisdag 29 september 2026',
        'Tisdag 13 oktober 2026',
        'Tisdag 27 oktober 2026',
        'Tisdag 10 november 2026',
      ]);
      await expect(meetings.first().innerText()).resolves.toMatch(/^Tisdag 4 augusti 2026\n+13\.00–16\.00, Jupiter\n+Publicerat · 1 beslut$/);
      // The corrected meeting says which version is the one in force.
      await expect(meetings.nth(3).getByTestId('archive-meeting-state').textContent()).resolves.toBe('Publicerat, version 2 av 2 · 1 beslut');
      await expect(meetings.nth(1).getByTestId('archive-meeting-state').textContent()).resolves.toBe('Publicerat · inga beslut');
      await screenshot(page, 'local-archive');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });

    it('opens a meeting\'s minutes in Protokoll with its versions, at an address a reload keeps', async () => {
      const { page } = chrome;
      await open(page, 'arkiv');
      await page.getByRole('link', { name: 'Tisdag 15 september 2026' }).click();
      await page.getByTestId('minutes-document').waitFor();
      await expect(page.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 15 september 2026, 13.00–16.00');
      expect(new URL(page.url()).searchParams.get('view')).toBe('protokoll');
      await expect(page.getByRole('link', { name: 'Protokoll' }).getAttribute('aria-current')).resolves.toBe('page');
      const versions = page.getByTestId('version-choice').locator('option');
      await expect(versions.count()).resolves.toBe(3);
      await expect(versions.nth(1).textContent()).resolves.toMatch(/^Version 1, /);
      await page.getByTestId('version-choice').selectOption('1');
      await expect(page.getByTestId('published-info').textContent()).resolves.toMatch(/^Version 1, publicerad /);
      await page.reload();
      await page.getByTestId('minutes-document').waitFor();
      await expect(page.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 15 september 2026, 13.00–16.00');
    });

    it('is used by keyboard: the views, the term and each meeting are reached with Tab and opened with Enter', async () => {
      const { page } = chrome;
      await open(page, 'arkiv');
      await page.getByTestId('archive-meeting').first().waitFor();
      const order = await tabOrder(page, page, 10);
      expect(order.slice(0, 8)).toEqual(['a:Nästa möte', 'a:Protokoll', 'a:Arkiv', 'a:Sök', 'a:Beslutslogg', 'a:Uppföljning', 'select:Hösttermin 2026 – 8 möten, 8 publicerade', 'a:Tisdag 4 augusti 2026']);
      await page.reload();
      await page.getByTestId('archive-meeting').first().waitFor();
      await expect(tabTo(page, (stop) => stop.tag === 'select')).resolves.toMatchObject({ visible: true });
      await expect(tabTo(page, (stop) => stop.tag === 'a')).resolves.toEqual({ tag: 'a', name: 'Tisdag 4 augusti 2026', visible: true });
      await page.keyboard.press('Enter');
      await page.getByTestId('minutes-document').waitFor();
      await expect(page.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 4 augusti 2026, 13.00–16.00');
    });
  });

  describe('Sök', () => {
    it('finds a word at the start of a compound and marks it in context, with the meeting\'s date and item', async () => {
      const { page } = chrome;
      await open(page, 'sok');
      await search(page, 'budget');
      await expect(page.getByTestId('hit-count').textContent()).resolves.toMatch(/^\d+ träffar för ”budget”\.$/);
      const contexts = await markedContexts(page);
      expect(contexts).toContain('[Budget]volymer förskola och grundskola 2027');
      expect(contexts.every((context) => /\[budget/i.test(context))).toBe(true);
      const hit = page.getByTestId('search-hit').filter({ hasText: 'Budgetvolymer förskola och grundskola 2027' }).first();
      await expect(hit.getByTestId('meeting-link').textContent()).resolves.toMatch(/^Tisdag \d+ \w+ 2026, punkt \d+ Budgetvolymer förskola och grundskola 2027$/);
      await screenshot(page, 'local-search-budget');
      expect(await seriousA11yViolations(page)).toEqual([]);
      // The search is in the address: a reload shows it again.
      await page.reload();
      await page.getByTestId('hit-count').waitFor();
      await expect(page.getByRole('searchbox', { name: 'Sök' }).inputValue()).resolves.toBe('budget');
    });

    it('ignores case and å, ä and ö against a and o, and marks the words as written', async () => {
      const { page } = chrome;
      await open(page, 'sok');
      await search(page, 'ARSHJUL');
      const contexts = await markedContexts(page);
      expect(contexts.length).toBeGreaterThan(0);
      expect(contexts.every((context) => context.includes('[Årshjul]') || context.includes('[årshjul]'))).toBe(true);
      await search(page, 'atgarder budget');
      const both = await markedContexts(page);
      expect(both.length).toBeGreaterThan(0);
      expect(both.every((context) => context.includes('[åtgärder]') && context.includes('[budget]'))).toBe(true);
    });

    it('searches as one types, after a pause', async () => {
      const { page } = chrome;
      await open(page, 'sok');
      await page.getByRole('searchbox', { name: 'Sök' }).pressSequentially('likvärd', { delay: 30 });
      await page.getByTestId('hit-count').waitFor();
      await expect(page.getByTestId('hit-count').textContent()).resolves.toMatch(/träff(ar)? för ”likvärd”\.$/);
    });

    it('explains the two-character minimum and says in Swedish when nothing is found', async () => {
      const { page } = chrome;
      await open(page, 'sok');
      await page.getByText('Minst 2 tecken. Ord som börjar en sammansättning hittas också: ”budget” hittar ”Budgetvolymer”.').waitFor();
      await page.getByRole('searchbox', { name: 'Sök' }).fill('b');
      await page.keyboard.press('Enter');
      await page.getByText('Skriv minst 2 tecken för att söka.').waitFor();
      await search(page, 'zebrafink');
      await expect(page.getByTestId('hit-count').textContent()).resolves.toBe('Inga träffar för ”zebrafink”.');
      // Said to screen readers too, by the page's status line.
      await expect(page.getByTestId('announcer').getAttribute('role')).resolves.toBe('status');
      await expect(page.getByTestId('announcer').textContent()).resolves.toBe('Inga träffar för ”zebrafink”.');
      await expect(page.getByTestId('search-hit').count()).resolves.toBe(0);
    });

    it('is used by keyboard: the box, the term and the button, and a hit opens its minutes with Enter', async () => {
      const { page } = chrome;
      await open(page, 'sok');
      await page.getByRole('searchbox', { name: 'Sök' }).waitFor();
      const box = await tabTo(page, (stop) => stop.tag === 'input');
      expect(box.visible).toBe(true);
      await page.keyboard.type('budget');
      await page.keyboard.press('Enter');
      await page.getByTestId('search-hit').first().waitFor();
      await expect(tabTo(page, (stop) => stop.tag === 'select')).resolves.toMatchObject({ name: 'Termin', visible: true });
      await expect(tabTo(page, (stop) => stop.tag === 'button')).resolves.toMatchObject({ name: 'Sök', visible: true });
      const link = await tabTo(page, (stop) => stop.tag === 'a');
      expect(link.visible).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByTestId('minutes-document').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('protokoll');
    });
  });

  describe('Beslutslogg', () => {
    it('lists every decision with its meeting and item, and filters by text and by term', async () => {
      const { page } = chrome;
      await open(page, 'beslut');
      await page.getByRole('heading', { level: 1, name: 'Beslutslogg – Ledningsgruppen (demo)' }).waitFor();
      await page.getByTestId('logged-decision').first().waitFor();
      const all = await page.getByTestId('logged-decision').count();
      expect(all).toBeGreaterThan(3);
      await expect(page.getByTestId('decision-count').textContent()).resolves.toBe(`${all} beslut`);
      await expect(page.getByTestId('logged-decision').first().innerText()).resolves.toMatch(/^Tisdag \d+ \w+ 2026, punkt \d+ .+\n+Beslut: .+/);
      await screenshot(page, 'local-decision-log');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('searchbox', { name: 'Filtrera på text' }).fill('budget');
      await page.getByTestId('decision-count').filter({ hasNotText: new RegExp(`^${all} beslut$`) }).waitFor();
      const budget = await page.getByTestId('logged-decision').allInnerTexts();
      expect(budget.length).toBeGreaterThan(0);
      expect(budget.every((text) => /budget/i.test(text))).toBe(true);
      expect(budget).toContainEqual(expect.stringContaining('Beslut: Ledningsgruppen beslutade att föreslå nämnden de presenterade åtgärderna för en budget i balans.'));

      await page.getByRole('searchbox', { name: 'Filtrera på text' }).fill('zebrafink');
      await page.getByTestId('announcer').filter({ hasText: 'Inga beslut med ”zebrafink”.' }).waitFor();
      await expect(page.getByTestId('logged-decision').count()).resolves.toBe(0);
      await page.getByRole('searchbox', { name: 'Filtrera på text' }).fill('');
      await page.getByTestId('logged-decision').first().waitFor();
      await page.getByRole('combobox', { name: 'Termin' }).selectOption('ht2026');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('term') === 'ht2026');
      await page.getByTestId('logged-decision').first().waitFor();
      await expect(page.getByTestId('logged-decision').count()).resolves.toBe(all);
    });

    it('is used by keyboard: the term, the text filter and each meeting\'s link', async () => {
      const { page } = chrome;
      await open(page, 'beslut');
      await page.getByTestId('logged-decision').first().waitFor();
      await expect(tabTo(page, (stop) => stop.tag === 'select')).resolves.toMatchObject({ visible: true });
      await expect(tabTo(page, (stop) => stop.tag === 'input')).resolves.toMatchObject({ visible: true });
      await page.keyboard.type('budget');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'budget');
      await page.getByTestId('logged-decision').first().waitFor();
      const link = await tabTo(page, (stop) => stop.tag === 'a');
      expect(link).toMatchObject({ visible: true, name: expect.stringMatching(/^Tisdag/) });
      await page.keyboard.press('Enter');
      await page.getByTestId('minutes-document').waitFor();
    });
  });

  describe('Uppföljning', () => {
    const entry = (page: Page, what: string) => page.getByTestId('follow-up-action').filter({ hasText: what });

    it('lists the open actions with owner and due date, the overdue ones in words as well as style, and the items taken up again', async () => {
      const { page } = chrome;
      await open(page, 'uppfoljning');
      await page.getByRole('heading', { level: 1, name: 'Uppföljning – Ledningsgruppen (demo)' }).waitFor();
      await page.getByTestId('follow-up-action').first().waitFor();
      const overdue = page.locator('[data-testid="follow-up-action"][data-overdue="true"]');
      expect(await overdue.count()).toBeGreaterThan(0);
      await expect(overdue.first().getByTestId('overdue').textContent()).resolves.toBe('Försenad');
      const style = await overdue.first().evaluate((li) => getComputedStyle(li).borderLeftStyle);
      expect(style).toBe('solid');
      const notOverdue = page.locator('[data-testid="follow-up-action"]:not([data-overdue])');
      await expect(notOverdue.first().getByTestId('overdue').count()).resolves.toBe(0);
      const plan = entry(page, 'Ta fram en plan för översynen av lokalerna.');
      await expect(plan.innerText()).resolves.toContain('Ansvarig: Nils Forsberg');
      await expect(plan.getByTestId('action-due').textContent()).resolves.toMatch(/^Klart senast \d+ \w+ 2026$/);
      await expect(page.getByTestId('taken-up').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('taken-up').first().innerText()).resolves.toMatch(/Från mötet \w+dag \d+ \w+, tas upp \w+dag \d+ \w+/);
      await screenshot(page, 'local-follow-ups');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });

    it('marks an action done, and a reload shows it done; "Visa klara" brings the done ones', async () => {
      const { page } = chrome;
      await open(page, 'uppfoljning');
      const what = 'Inventera behovet av tillfälliga paviljonger.';
      const checkbox = entry(page, what).getByRole('checkbox', { name: `Klar: ${what}` });
      await checkbox.check();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="mark-done"] input')].every((input) => !(input as HTMLInputElement).disabled));
      await expect(checkbox.isChecked()).resolves.toBe(true);
      await page.reload();
      await page.getByTestId('follow-up-action').first().waitFor();
      await expect(entry(page, what).count()).resolves.toBe(0);
      await page.getByRole('switch', { name: 'Visa klara' }).check();
      await entry(page, what).waitFor();
      await expect(entry(page, what).getByRole('checkbox').isChecked()).resolves.toBe(true);
      expect(new URL(page.url()).searchParams.get('klara')).toBe('ja');
      // Open again, from here.
      await entry(page, what).getByRole('checkbox').uncheck();
      await page.reload();
      await page.getByRole('switch', { name: 'Visa klara' }).waitFor();
      await expect(page.getByRole('switch', { name: 'Visa klara' }).isChecked()).resolves.toBe(true);
      await expect(entry(page, what).getByRole('checkbox').isChecked()).resolves.toBe(false);
    });

    it('shows a change someone else made first, in Swedish, with the action as it now is', async () => {
      const { page } = chrome;
      await open(page, 'uppfoljning');
      const what = 'Samla in rektorernas rekryteringsbehov inför vårterminen.';
      await entry(page, what).waitFor();
      // Meanwhile the owner marks it done elsewhere.
      const action = (await app.store.actions.listByGroup(DEMO_TEAM.teamId)).find((a) => a.what === what)!;
      const response = await fetch(`${app.url}/api/tab/groups/${encodeURIComponent(DEMO_TEAM.teamId)}/archive/actions/${action.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: action.version, done: true }),
      });
      expect(response.status).toBe(200);
      await entry(page, what).getByRole('checkbox').check();
      const alert = entry(page, what).getByRole('alert');
      await expect(alert.textContent()).resolves.toBe('Någon annan ändrade åtgärden innan din ändring sparades. Så här ser den ut nu – ändra igen om det behövs.');
      await expect(entry(page, what).getByRole('checkbox').isChecked()).resolves.toBe(true);
      await screenshot(page, 'local-follow-ups-conflict', { fullPage: false });
    });

    it('is used by keyboard: "Visa klara" and each action\'s checkbox with Space', async () => {
      const { page } = chrome;
      await open(page, 'uppfoljning');
      await page.getByTestId('follow-up-action').first().waitFor();
      await expect(tabTo(page, (stop) => stop.name === 'Visa klara')).resolves.toMatchObject({ tag: 'input', visible: true });
      const box = await tabTo(page, (stop) => stop.tag === 'input' && stop.name.startsWith('Klar: '));
      expect(box.visible).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForFunction((name) => (document.querySelector(`input[aria-label="${name}"]`) as HTMLInputElement | null)?.checked === true, box.name);
      await page.keyboard.press('Space');
      await page.waitForFunction((name) => (document.querySelector(`input[aria-label="${name}"]`) as HTMLInputElement | null)?.checked === false, box.name);
    });
  });

  describe('Protokoll', () => {
    const lastHeld = async () => (await app.store.meetings.listByGroup(DEMO_TEAM.teamId)).at(-2)!.id;

    it('downloads the published minutes as a Word document', async () => {
      const { page } = chrome;
      await page.goto(`${app.url}/tab/?view=protokoll&meeting=${await lastHeld()}`);
      await page.getByTestId('minutes-document').waitFor();
      // The signed link opens in a new window, which the browser closes as the file downloads.
      const opened = page.context().waitForEvent('request', (request) => new URL(request.url()).pathname.endsWith('.docx'));
      await page.getByRole('button', { name: 'Ladda ner som Word' }).click();
      const request = await opened;
      const answer = (await request.response())!;
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(answer.headers()['content-disposition']).toMatch(/^attachment; filename="Anteckningar Ledningsgruppen \(demo\) 2026-11-10\.docx"/);
      // What was downloaded is the meeting's minutes as Word reads them.
      const file = await page.request.get(request.url());
      const lines = docxLines(readDocx(await file.body()));
      expect(lines).toContainEqual(expect.stringContaining('Gemensam introduktion för nya rektorer'));
      expect(lines).toContainEqual(expect.stringMatching(/^Beslut: Ledningsgruppen beslutade att införa den gemensamma introduktionen/));
    });

    it('prints as a document: no navigation, buttons or choices, black on white', async () => {
      const { page } = chrome;
      await page.goto(`${app.url}/tab/?view=protokoll&meeting=${await lastHeld()}`);
      await page.getByTestId('minutes-document').waitFor();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Ladda ner som Word' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Uppdatera' }).isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('version-choice').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('development-identity').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('minutes-document').isVisible()).resolves.toBe(true);
      const colours = await page.getByTestId('minutes-document').evaluate((doc) => {
        const style = getComputedStyle(doc.querySelector('h4')!);
        return [style.color, getComputedStyle(doc).backgroundColor];
      });
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await expect(page.getByTestId('minutes-item').first().evaluate((li) => getComputedStyle(li).breakInside)).resolves.toBe('avoid');
      await screenshot(page, 'local-minutes-print');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByRole('navigation').isVisible()).resolves.toBe(true);
    });
  });

  it('keeps the views reachable in a narrow Teams column', async () => {
    const { page } = chrome;
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, 'arkiv');
    await page.getByTestId('archive-meeting').first().waitFor();
    const links = page.getByRole('navigation').getByRole('link');
    await expect(links.count()).resolves.toBe(6);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'local-archive-narrow');
  });
});
