import { actionData, cardText } from '../support/cards/validateCard';
import { onlyCard, onlyText, preparedTeam, type Person } from '../support/conversation';
import type { TeamFixture } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

describe('changing plans from the item card', () => {
  let app: TestApp;
  let team: TeamFixture;
  let secretary: Person;
  let member: Person;

  beforeAll(async () => {
    app = await startTestApp();
    ({ team, secretary, member } = await preparedTeam(app));
    onlyText(await secretary.inChannel(team, 'möte tisdag 15 december 13-16 Marina Plaza'));
  });
  afterAll(() => app.close());

  it('lets the secretary move an item to another meeting with the card\'s button', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Skolskjuts'));
    const { itemId } = actionData(card, 'item.move');
    const refused = await member.clicks('item.move', { itemId, date: '2026-12-15' }, team);
    expect(cardText(refused.card)).toContain('Det är bara ordförande eller sekreterare som kan göra det.');

    const { card: moved } = await secretary.clicks('item.move', { itemId, date: '2026-12-15' }, team);
    expect(cardText(moved)).toContain('Punkten är flyttad till mötet tisdag 15 december 2026.');
    expect(cardText(moved)).toContain('Punkt till mötet tisdag 15 december 2026');
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning 15 dec')))).toContain('Skolskjuts');
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).not.toContain('Skolskjuts');

    const none = await secretary.clicks('item.move', { itemId, date: '2026-12-16' }, team);
    expect(cardText(none.card)).toContain('Det finns inget möte onsdag 16 december 2026.');
  });

  it('lets the submitter take an item back, and the secretary strike one', async () => {
    const own = actionData(onlyCard(await member.inChannel(team, 'punkt Friskvård')), 'item.remove');
    const { card: gone } = await member.clicks('item.remove', own, team);
    expect(cardText(gone)).toContain('Punkten "Friskvård" är tillbakadragen från mötet tisdag 8 december 2026.');
    expect(await app.store.items.get(own.itemId as string)).toBeUndefined();

    const other = actionData(onlyCard(await member.inChannel(team, 'punkt Lokalfrågan')), 'item.remove');
    const { card: struck } = await secretary.clicks('item.remove', other, team);
    expect(cardText(struck)).toContain('Punkten "Lokalfrågan" är struken från dagordningen till mötet tisdag 8 december 2026.');
    const agenda = cardText(onlyCard(await member.inChannel(team, 'dagordning')));
    expect(agenda).toContain('Lokalfrågan – avvisad');

    const again = await member.clicks('item.remove', own, team);
    expect(cardText(again.card)).toContain('Punkten finns inte längre');
  });
});
