import type { Frame } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { chromiumPages, screenshot, seriousA11yViolations, tabFrame } from '../../support/browser/chromium';
import type { HostScenario } from '../../support/teamsHost/teamsTestHost';
import { startProductionTab, type ProductionTab } from '../../support/teamsHost/productionTab';

type Theme = HostScenario['theme'];
const THEMES: Theme[] = ['default', 'dark', 'contrast'];

const viewPath = (view: string, extra = '') => `/tab/?group=${encodeURIComponent(DEMO_TEAM.teamId)}&view=${view}${extra}`;

/** The archive's views as Teams opens them, each with what shows it has rendered. */
const VIEWS: { name: string; path: string; ready: (frame: Frame) => Promise<unknown> }[] = [
  { name: 'archive', path: viewPath('arkiv'), ready: (frame) => frame.getByTestId('archive-meeting').first().waitFor() },
  { name: 'search', path: viewPath('sok', '&q=budget'), ready: (frame) => frame.locator('[data-testid="hit-context"] mark').first().waitFor() },
  { name: 'decision-log', path: viewPath('beslut'), ready: (frame) => frame.getByTestId('logged-decision').first().waitFor() },
  { name: 'follow-ups', path: viewPath('uppfoljning'), ready: (frame) => frame.locator('[data-overdue="true"]').first().waitFor() },
  { name: 'minutes-export', path: viewPath('protokoll'), ready: (frame) => frame.getByRole('button', { name: 'Ladda ner som Word' }).waitFor() },
];

/** The archive inside the Teams test host, each person signed in with their own Teams SSO token. */
describe('the archive in the tab inside Teams', () => {
  let tab: ProductionTab;
  const chrome = chromiumPages('for all tests');
  const show = async (url: string): Promise<Frame> => {
    await chrome.page.goto(url);
    return tabFrame(chrome.page);
  };

  beforeAll(async () => {
    tab = await startProductionTab();
  });
  afterAll(() => tab.close());

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(VIEWS.map((v) => [v.name, v] as const))('%s has no serious or critical violations', async (name, view) => {
      const frame = await show(await tab.open('Karin Holmgren', { theme, tabPath: view.path }));
      await frame.locator(`[data-theme="${theme}"]`).waitFor();
      await view.ready(frame);
      await screenshot(chrome.page, `archive-${name}-${theme}`);
      expect(await seriousA11yViolations(frame)).toEqual([]);
    });
  });

  it('opens the minutes a link from chat points to (the deep link\'s sub-page), whatever view the tab was on', async () => {
    const meetings = await tab.app.store.meetings.listByGroup(DEMO_TEAM.teamId);
    const september = meetings.find((m) => m.startsAt.startsWith('2026-09-15'))!;
    const frame = await show(await tab.open('Karin Holmgren', { subEntityId: `protokoll:${september.id}` }));
    await frame.getByTestId('minutes-document').waitFor();
    await expect(frame.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 15 september 2026, 13.00–16.00');
    await expect(frame.getByRole('link', { name: 'Protokoll' }).getAttribute('aria-current')).resolves.toBe('page');
    // The minutes' own address, so a reload inside Teams stays on them.
    const address = new URL(frame.url());
    expect([address.searchParams.get('view'), address.searchParams.get('meeting')]).toEqual(['protokoll', september.id]);
  });

  it('tells a guest in Swedish that the archive is for the group\'s members', async () => {
    for (const view of ['arkiv', 'sok', 'beslut', 'uppfoljning']) {
      const frame = await show(await tab.open('Elin Rask', { tabPath: viewPath(view) }));
      await frame.getByText('Arkivet, sökningen, beslutsloggen och uppföljningen är för gruppens medlemmar.', { exact: false }).waitFor();
      await expect(frame.getByTestId('archive-meeting').count()).resolves.toBe(0);
    }
    await screenshot(chrome.page, 'teams-archive-guest');
  });

  it('lets a member mark only their own actions done', async () => {
    const frame = await show(await tab.open('Karin Holmgren', { tabPath: viewPath('uppfoljning') }));
    await frame.getByTestId('follow-up-action').first().waitFor();
    const own = frame.getByTestId('follow-up-action').filter({ hasText: 'Ansvarig: Karin Holmgren' });
    const others = frame.getByTestId('follow-up-action').filter({ hasNotText: 'Ansvarig: Karin Holmgren' });
    expect(await others.count()).toBeGreaterThan(0);
    await expect(others.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(others.first().textContent()).resolves.toContain('Öppen');
    expect(await own.count()).toBeGreaterThan(0);
    expect(await own.getByRole('checkbox').count()).toBe(await own.count());
  });
});
