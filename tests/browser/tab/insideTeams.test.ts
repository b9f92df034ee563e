import type { Frame } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { chromiumPages, screenshot, tabFrame } from '../../support/browser/chromium';
import { startProductionTab, type ProductionTab } from '../../support/teamsHost/productionTab';

interface HostMessage {
  func: string;
  args: unknown[];
}

/** The built tab inside the Teams test host, against the server in production mode with Teams SSO. */
describe('the tab inside Teams', () => {
  let tab: ProductionTab;
  const chrome = chromiumPages('for each test');

  const hostLog = (): Promise<HostMessage[]> => chrome.page.evaluate(() => (window as unknown as { hostLog: HostMessage[] }).hostLog);
  const show = async (url: string): Promise<Frame> => {
    await chrome.page.goto(url);
    return tabFrame(chrome.page);
  };

  beforeAll(async () => {
    tab = await startProductionTab();
  });
  afterAll(() => tab.close());

  it('shows a member the agenda of their team\'s next meeting, signed in with their Teams token', async () => {
    const frame = await show(await tab.open('Karin Holmgren'));
    await frame.getByRole('heading', { level: 1, name: 'Nästa möte – Ledningsgruppen (demo)' }).waitFor();
    await expect(frame.getByTestId('agenda-item').count()).resolves.toBe(8);
    await expect(frame.getByTestId('development-identity').count()).resolves.toBe(0);
    const calls = (await hostLog()).map((m) => m.func);
    expect(calls).toEqual(expect.arrayContaining(['initialize', 'getContext', 'appInitialization.success', 'authentication.getAuthToken']));
    expect((await hostLog()).find((m) => m.func === 'registerHandler')?.args).toEqual(['themeChange']);
    await screenshot(chrome.page, 'teams-next-meeting');
  });

  it('follows Teams when the user switches theme', async () => {
    const frame = await show(await tab.open('Karin Holmgren'));
    await frame.getByTestId('agenda-item').first().waitFor();
    await expect(frame.locator('[data-theme]').getAttribute('data-theme')).resolves.toBe('default');
    await chrome.page.evaluate(() => (window as unknown as { hostSend: (f: string, a: unknown[]) => void }).hostSend('themeChange', ['dark']));
    await frame.locator('[data-theme="dark"]').waitFor();
    const background = await frame.locator('[data-theme]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
  });

  it('speaks English when Teams runs in English', async () => {
    const frame = await show(await tab.open('Karin Holmgren', { locale: 'en-US' }));
    await frame.getByRole('heading', { level: 1, name: 'Next meeting – Ledningsgruppen (demo)' }).waitFor();
    await expect(frame.getByTestId('meeting-when').textContent()).resolves.toBe('Tuesday 24 November 2026, 13:00–16:00, Jupiter + Teams');
  });

  it('tells someone signed in to another tenant in Swedish that they have no access, and shows nothing of the group', async () => {
    const frame = await show(await tab.open('Karin Holmgren', {}, { tenantId: '0f0f0f0f-1111-4222-8333-444444444444' }));
    const alert = frame.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Du har inte tillgång till den här ledningsgruppens möten.');
    await expect(frame.getByTestId('agenda-item').count()).resolves.toBe(0);
    await screenshot(chrome.page, 'teams-no-access');
  });

  it('tells someone whose token has expired in Swedish to reload the tab', async () => {
    const frame = await show(await tab.open('Karin Holmgren', {}, { expiresIn: -3600 }));
    await expect(frame.getByRole('alert').textContent()).resolves.toContain('Din inloggning har gått ut. Ladda om fliken så loggas du in igen.');
    await screenshot(chrome.page, 'teams-expired');
  });

  it('says in Swedish when Teams cannot sign the user in', async () => {
    const frame = await show(await tab.open('Karin Holmgren', { token: undefined }));
    await expect(frame.getByRole('alert').textContent()).resolves.toContain('Teams kunde inte logga in dig i Dagordning.');
  });

  it('lists my groups with my role in the personal tab', async () => {
    const frame = await show(await tab.open('Sara Lindqvist', { tabPath: '/tab/personal', team: undefined }));
    await expect(frame.getByTestId('development-identity').count()).resolves.toBe(0);
    await frame.getByRole('heading', { level: 1, name: 'Mina grupper' }).waitFor();
    await expect(frame.getByTestId('my-group').allTextContents()).resolves.toEqual([expect.stringContaining('Du är sekreterare (ledningsgruppen)')]);
    await screenshot(chrome.page, 'teams-personal');
  });

  it('configures the channel tab for the team\'s group and saves where the tab points', async () => {
    const frame = await show(await tab.open('Sara Lindqvist', { tabPath: '/tab/config', frameContext: 'settings' }));
    await frame.getByTestId('config-ready').waitFor();
    await expect(frame.getByRole('radio', { name: DEMO_TEAM.name }).isChecked()).resolves.toBe(true);
    expect((await hostLog()).filter((m) => m.func === 'settings.setValidityState').at(-1)?.args).toEqual([true]);
    await screenshot(chrome.page, 'teams-config');
    await chrome.page.evaluate(() => (window as unknown as { hostSend: (f: string, a: unknown[]) => void }).hostSend('settings.save', [{}]));
    await chrome.page.waitForFunction(() => (window as unknown as { hostLog: HostMessage[] }).hostLog.some((m) => m.func === 'settings.save.success'));
    const url = `${tab.host.url}/tab/?group=${encodeURIComponent(DEMO_TEAM.teamId)}`;
    expect((await hostLog()).find((m) => m.func === 'settings.setSettings')?.args).toEqual([
      { entityId: `dagordning-${DEMO_TEAM.teamId}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: 'Dagordning' },
    ]);
    // The saved tab opens on that group's next meeting.
    const saved = await show(await tab.open('Sara Lindqvist', { tabPath: new URL(url).pathname + new URL(url).search }));
    await saved.getByRole('heading', { level: 1, name: 'Nästa möte – Ledningsgruppen (demo)' }).waitFor();
  });
});
