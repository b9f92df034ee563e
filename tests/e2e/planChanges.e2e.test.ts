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

describe('changing plans in chat, by the numbers on the agenda', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('moves and removes items by their number, and tells members what they may not do', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    onlyText(await secretary.inChannel(team, 'möte 15 dec 13-16 Marina Plaza'));
    for (const title of ['Skolskjuts', 'Lokalfrågan', 'Friskvård']) onlyCard(await member.inChannel(team, `punkt ${title}`));
    onlyText(await member.inChannel(team, 'kort kort: Glöm inte konferensen'));
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).toContain('4. KORT, KORT');

    expect(onlyText(await member.inChannel(team, 'flytta punkt 1 till 15 dec'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await secretary.inChannel(team, 'flytta punkt 1 till 15 dec'))).toBe('Punkt 1, "Skolskjuts", är flyttad till mötet tisdag 15 december 2026.');
    // The numbers follow the agenda as it is now.
    expect(onlyText(await member.inChannel(team, 'ta bort punkt 9'))).toContain('Det finns ingen punkt 9 på dagordningen – den har punkterna 1–3.');
    expect(onlyText(await secretary.inChannel(team, 'ta bort punkt 1'))).toBe('Punkten "Lokalfrågan" är struken från dagordningen till mötet tisdag 8 december 2026.');
    expect(onlyText(await member.inChannel(team, 'ta bort punkt 1'))).toBe('Punkten "Friskvård" är tillbakadragen från mötet tisdag 8 december 2026.');
    expect(onlyText(await member.inChannel(team, 'ta bort punkt 1'))).toContain('Punkt 1 är listan med kort, kort.');
    const reply = onlyText(await member.inChannel(team, 'ta bort punkt Budget'));
    expect(reply).toContain('Ange punktens nummer på dagordningen');
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning 15 dec')))).toContain('1. Skolskjuts');
  });

  it('moves a meeting with its deadline, cancels one, and gives its items to the meeting after', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    onlyCard(await member.inChannel(team, 'punkt Skolskjuts'));
    expect(onlyText(await secretary.inChannel(team, 'flytta mötet till 9 dec 9-12'))).toBe(
      'Mötet tisdag 8 december 2026 är flyttat till onsdag 9 december 2026, 09.00–12.00. Sista dag för punkter är nu fredag 4 december 2026 kl. 12.00.',
    );
    onlyText(await secretary.inChannel(team, 'möte 16 dec 13-16 Jupiter'));
    const cancelled = onlyText(await secretary.inChannel(team, 'ställ in mötet 9 dec'));
    expect(cancelled).toContain('Mötet onsdag 9 december 2026 är inställt.');
    expect(cancelled).toContain('Dess punkt flyttades till mötet onsdag 16 december 2026:');
    expect(cancelled).toContain('• Skolskjuts');
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).toContain('Onsdag 16 december 2026');
  });

  it('keeps a cancelled meeting\'s items waiting when nothing follows, until a meeting is planned', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    onlyCard(await member.inChannel(team, 'punkt Skolskjuts'));
    const cancelled = onlyText(await secretary.inChannel(team, 'ställ in mötet'));
    expect(cancelled).toContain('Inget senare möte är planerat, så dess punkt väntar och flyttas till nästa möte när det planeras:');
    const planned = onlyText(await secretary.inChannel(team, 'möte 12 jan 13-16 Jupiter'));
    expect(planned).toContain('En punkt från ett inställt möte flyttades till det här mötet:');
    expect(planned).toContain('• Skolskjuts');
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).toContain('1. Skolskjuts');
  });

  it('says what the deadline is, names the meeting it changes, and shows the right form when it does not understand', async () => {
    const { team, secretary } = await preparedTeam(app);
    const now = onlyText(await secretary.inChannel(team, 'deadline'));
    expect(now).toContain('Sista dag för punkter till mötet tisdag 8 december 2026 är torsdag 3 december 2026 kl. 12.00.');
    expect(now).toContain('Skriv till exempel: deadline 3 dec kl 12');
    expect(onlyText(await secretary.inChannel(team, 'deadline till 4 dec kl 9'))).toBe('Sista dag för punkter till mötet tisdag 8 december 2026 är nu fredag 4 december 2026 kl. 09.00.');
    const wrong = onlyText(await secretary.inChannel(team, 'deadline snart'));
    expect(wrong).toContain('Jag förstår inte datumet "snart".');
    expect(wrong).toContain('Skriv till exempel: deadline 3 dec kl 12');
  });
});
