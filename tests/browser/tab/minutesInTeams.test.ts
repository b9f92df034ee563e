import type { Frame } from 'playwright-core';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { chromiumPages, localContext, screenshot, tabFrame } from '../../support/browser/chromium';
import { startProductionTab, type ProductionTab } from '../../support/teamsHost/productionTab';

/** Protokoll inside the Teams test host, each person signed in with their own Teams SSO token. */
describe('the minutes in the tab inside Teams', () => {
  let tab: ProductionTab;
  let past: string;
  let next: string;
  const chrome = chromiumPages('for each test');
  const minutesPath = (meetingId?: string) => `/tab/?group=${encodeURIComponent(DEMO_TEAM.teamId)}&view=protokoll${meetingId ? `&meeting=${meetingId}` : ''}`;
  const show = async (url: string): Promise<Frame> => {
    await chrome.page.goto(url);
    return tabFrame(chrome.page);
  };

  beforeAll(async () => {
    tab = await startProductionTab();
    [past, next] = (await tab.app.store.meetings.listByGroup(DEMO_TEAM.teamId)).slice(-2).map((m) => m.id);
  });
  afterAll(() => tab.close());

  it('shows a member the published minutes to read, with nothing to edit', async () => {
    const frame = await show(await tab.open('Karin Holmgren', { tabPath: minutesPath() }));
    await frame.getByTestId('minutes-document').waitFor();
    await expect(frame.getByTestId('minutes-when').textContent()).resolves.toBe('Tisdag 10 november 2026, 13.00–16.00');
    await expect(frame.getByTestId('minutes-item').count()).resolves.toBe(6);
    await expect(frame.getByTestId('development-identity').count()).resolves.toBe(0);
    await expect(frame.getByRole('button', { name: 'Rätta' }).count()).resolves.toBe(0);
    await expect(frame.getByTestId('item-editor').count()).resolves.toBe(0);
    await screenshot(chrome.page, 'teams-minutes-member');
  });

  it('tells a member that the minutes of a meeting not yet published are not out yet', async () => {
    const frame = await show(await tab.open('Karin Holmgren', { tabPath: minutesPath(next) }));
    await frame.getByText('Anteckningarna från mötet är inte publicerade ännu.', { exact: false }).waitFor();
    await expect(frame.getByTestId('minutes-document').count()).resolves.toBe(0);
  });

  it('shows a guest only the item they present', async () => {
    const frame = await show(await tab.open('Elin Rask', { tabPath: minutesPath(past) }));
    await frame.getByTestId('minutes-document').waitFor();
    await expect(frame.getByTestId('minutes-item').allInnerTexts()).resolves.toEqual([expect.stringContaining('Resultat från elevenkäten')]);
    await expect(frame.getByTestId('attendance').count()).resolves.toBe(0);
    await frame.getByText('Du är gäst och ser bara de punkter du föredrar.').waitFor();
    await screenshot(chrome.page, 'teams-minutes-guest');
  });

  it('shows the secretary an edit the chair saved meanwhile, beside her own text, and writes nothing over it', async () => {
    const label = 'Anteckningar – punkt 7 Workshop: handlingsplan för likvärdig skola';
    const secretary = await show(await tab.open('Sara Lindqvist', { tabPath: minutesPath(next) }));
    await secretary.getByTestId('item-editor').first().waitFor();

    // The chair has the same minutes open in another window and saves first.
    const other = await localContext((await chrome.page.context().browser())!);
    const chairPage = await other.newPage();
    await chairPage.goto(await tab.open('Jonas Berglund', { tabPath: minutesPath(next) }));
    const chair = await tabFrame(chairPage);
    await chair.getByLabel(label).fill('Jonas: grupperna arbetade med handlingsplanen.');
    await chairPage.waitForFunction(() => {
      const frame = document.querySelector('iframe')!.contentDocument!;
      return frame.querySelectorAll('[data-testid="save-status"]')[6]?.getAttribute('data-state') === 'saved';
    });
    await other.close();

    await secretary.getByLabel(label).fill('Sara: workshopen om handlingsplanen.');
    const conflict = secretary.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('Jonas Berglund ändrade samma sak samtidigt. Din text finns kvar – välj vilken som ska gälla.');
    await expect(secretary.getByTestId('their-text').textContent()).resolves.toBe('Jonas: grupperna arbetade med handlingsplanen.');
    await expect(secretary.getByLabel(label).inputValue()).resolves.toBe('Sara: workshopen om handlingsplanen.');
    await screenshot(chrome.page, 'teams-minutes-conflict', { fullPage: false });
    const stored = async () => {
      const item = (await tab.app.store.items.listByMeeting(next)).find((i) => i.title.startsWith('Workshop'))!;
      return (await tab.app.store.itemMinutes.get(item.id))!.notes;
    };
    expect(await stored()).toEqual(['Jonas: grupperna arbetade med handlingsplanen.']);

    // She keeps her own text, knowingly: it is saved on top of the chair's.
    await conflict.getByRole('button', { name: 'Behåll min text' }).click();
    await secretary.getByTestId('save-status').nth(6).and(secretary.locator('[data-state="saved"]')).waitFor();
    expect(await stored()).toEqual(['Sara: workshopen om handlingsplanen.']);
  });
});
