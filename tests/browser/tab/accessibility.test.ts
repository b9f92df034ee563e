import type { Frame } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { chromiumPages, screenshot, seriousA11yViolations, tabFrame } from '../../support/browser/chromium';
import type { HostScenario } from '../../support/teamsHost/teamsTestHost';
import { startProductionTab, type ProductionTab } from '../../support/teamsHost/productionTab';

type Theme = HostScenario['theme'];
const THEMES: Theme[] = ['default', 'dark', 'contrast'];

const minutesOf = (meetingId = '') => `/tab/?group=${encodeURIComponent(DEMO_TEAM.teamId)}&view=protokoll${meetingId ? `&meeting=${meetingId}` : ''}`;
/** The demo group's coming meeting, whose minutes the secretary writes. */
let next = '';

/** Each view of the tab, as Teams opens it, and what shows it has rendered. */
const VIEWS: { name: string; open: (tab: ProductionTab, theme: Theme) => Promise<string>; ready: (frame: Frame) => Promise<unknown> }[] = [
  {
    name: 'next-meeting',
    open: (tab, theme) => tab.open('Karin Holmgren', { theme }),
    ready: (frame) => frame.getByTestId('time-plan-summary').waitFor(),
  },
  {
    name: 'personal',
    open: (tab, theme) => tab.open('Sara Lindqvist', { theme, tabPath: '/tab/personal', team: undefined }),
    ready: (frame) => frame.getByTestId('my-group').waitFor(),
  },
  {
    name: 'config',
    open: (tab, theme) => tab.open('Sara Lindqvist', { theme, tabPath: '/tab/config', frameContext: 'settings' }),
    ready: (frame) => frame.getByTestId('config-ready').waitFor(),
  },
  {
    name: 'minutes',
    open: (tab, theme) => tab.open('Karin Holmgren', { theme, tabPath: minutesOf() }),
    ready: (frame) => frame.getByTestId('minutes-document').waitFor(),
  },
  {
    name: 'minutes-secretary',
    open: (tab, theme) => tab.open('Sara Lindqvist', { theme, tabPath: minutesOf(next) }),
    ready: (frame) => frame.getByTestId('attendance-editor').waitFor(),
  },
  {
    name: 'publish-dialog',
    open: (tab, theme) => tab.open('Sara Lindqvist', { theme, tabPath: minutesOf(next) }),
    ready: async (frame) => {
      await frame.getByRole('button', { name: 'Publicera anteckningarna' }).click();
      await frame.getByRole('dialog', { name: 'Publicera anteckningarna?' }).waitFor();
    },
  },
  {
    name: 'no-access',
    open: (tab, theme) => tab.open('Karin Holmgren', { theme }, { tenantId: '0f0f0f0f-1111-4222-8333-444444444444' }),
    ready: (frame) => frame.getByRole('alert').waitFor(),
  },
];

/** axe-core (WCAG 2.1 A and AA) on every view in Teams' three themes: contrast, names, structure. */
describe('the tab\'s accessibility in every Teams theme', () => {
  let tab: ProductionTab;
  const chrome = chromiumPages('for all tests');

  beforeAll(async () => {
    tab = await startProductionTab();
    next = (await tab.app.store.meetings.listByGroup(DEMO_TEAM.teamId)).at(-1)!.id;
  });
  afterAll(() => tab.close());

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(VIEWS.map((v) => [v.name, v] as const))('%s has no serious or critical violations', async (name, view) => {
      const { page } = chrome;
      await page.goto(await view.open(tab, theme));
      const frame = await tabFrame(page);
      await frame.locator(`[data-theme="${theme}"]`).waitFor();
      await view.ready(frame);
      await screenshot(page, `${name}-${theme}`, { fullPage: !name.startsWith('minutes-secretary') && name !== 'publish-dialog' });
      expect(await seriousA11yViolations(frame)).toEqual([]);
    });
  });
});
