import { cardText } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { BOT, fromTenant, newTeam, newUser, type TeamsUser } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

const NOT_INSTALLED = 'Dagordning är inte installerad i det här teamet ännu.';
const NOT_MEMBER = 'Du är inte med i någon ledningsgrupp som använder Dagordning.';

describe('who belongs to a group, and who founds it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('founds a group only by installing the app: a message in a team without one founds nothing', async () => {
    const team = newTeam('Ledningsgruppen Väst');
    const eve = new Person(app, newUser('Eve Ek'));
    expect(onlyText(await eve.inChannel(team, 'möte 8 dec 13-16 Jupiter'))).toContain(NOT_INSTALLED);
    expect(onlyText(await eve.inChannel(team, 'dagordning'))).toContain(NOT_INSTALLED);
    expect(await app.store.groups.getByTeamId(team.teamId)).toBeUndefined();
    expect(onlyText(await eve.inPersonalChat('dagordning'))).toContain(NOT_MEMBER);
  });

  it('names the installer from the roster when the install event carries no name', async () => {
    const team = newTeam();
    const sara = newUser('Sara Lindqvist');
    app.connector.rosters.set(team.teamId, [{ id: sara.id, name: sara.name, aadObjectId: sara.aadObjectId }]);
    const nameless = new Person(app, { ...sara, name: '' });
    expect(cardText(onlyCard(await nameless.installs(team)))).toContain('Sara Lindqvist lade till mig och är gruppens sekreterare');
    const members = await app.store.members.listByGroup(team.teamId);
    expect(members.map((m) => [m.name, m.initials, m.role])).toEqual([['Sara Lindqvist', 'SL', 'sekreterare']]);
  });

  it('refuses an activity from another tenant than the group\'s', async () => {
    const { team, secretary } = await preparedTeam(app);
    const intruder = new Person(app, newUser('Mallory Mal'));
    const refused = onlyText(await intruder.sends(fromTenant(intruder.message(team, 'dagordning'), 'evil-tenant')));
    expect(refused).toBe('Det här kommer från en annan organisation än ledningsgruppens och kan inte användas här.');
    expect((await app.store.members.listByGroup(team.teamId)).map((m) => m.name)).not.toContain('Mallory Mal');
    // The group's own people are unaffected.
    expect(cardText(onlyCard(await secretary.inChannel(team, 'dagordning')))).toContain('Dagordning – Ledningsgruppen');
  });

  it('takes access from people removed from the team, and gives it back when they are added again', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    expect(cardText(onlyCard(await member.inPersonalChat('dagordning')))).toContain('Dagordning – Ledningsgruppen');
    const itemCard = onlyCard(await member.inPersonalChat('punkt Skolskjuts'));
    const itemId = itemCard.actions[0].data.itemId as string;

    expect(await secretary.changesTeam(team, { removed: [member.user] })).toEqual([]);
    expect(onlyText(await member.inPersonalChat('dagordning'))).toContain(NOT_MEMBER);
    const { card } = await member.clicks('item.save', { itemId, title: 'Kapad rubrik', section: 'information' });
    expect(cardText(card)).toContain('Kortet hör till en annan grupps möte');
    expect((await app.store.items.get(itemId))?.title).toBe('Skolskjuts');

    app.connector.rosters.set(team.teamId, [secretary.user, member.user].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await secretary.changesTeam(team, { added: [member.user] });
    expect(cardText(onlyCard(await member.inPersonalChat('dagordning')))).toContain('Dagordning – Ledningsgruppen');
  });

  it('registers people who join the team by the name Teams lists for them', async () => {
    const { team, secretary } = await preparedTeam(app);
    const newcomer: TeamsUser = newUser('Nora Nilsson');
    app.connector.rosters.set(team.teamId, [{ id: newcomer.id, name: newcomer.name, aadObjectId: newcomer.aadObjectId }]);
    await secretary.changesTeam(team, { added: [newcomer] });
    expect((await app.store.members.listByGroup(team.teamId)).find((m) => m.userId === newcomer.id)).toMatchObject({ name: 'Nora Nilsson', initials: 'NN', role: 'ledamot' });
  });

  it('keeps a removed app\'s data out of reach until the app is installed again, with the same roles', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    onlyCard(await member.inChannel(team, 'punkt Lokalfrågan'));

    expect(await secretary.uninstalls(team)).toEqual([]);
    expect(onlyText(await member.inChannel(team, 'dagordning'))).toContain(NOT_INSTALLED);
    expect(onlyText(await secretary.inPersonalChat('dagordning'))).toContain(NOT_MEMBER);
    expect(await app.store.items.listByMeeting((await app.store.meetings.listByGroup(team.teamId))[0]!.id)).toHaveLength(1);

    await member.installs(team);
    const agenda = cardText(onlyCard(await member.inChannel(team, 'dagordning')));
    expect(agenda).toContain('Lokalfrågan');
    expect(onlyText(await member.inChannel(team, 'möte 15 dec 13-16 Jupiter'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await secretary.inChannel(team, 'möte 15 dec 13-16 Jupiter'))).toContain('Mötet är planerat');
  });

  it('treats the bot being removed from the team\'s members like an uninstall', async () => {
    const { team, secretary } = await preparedTeam(app);
    const botAccount = { id: BOT.id, name: BOT.name, aadObjectId: '' };
    await secretary.changesTeam(team, { removed: [botAccount] });
    expect(onlyText(await secretary.inChannel(team, 'dagordning'))).toContain(NOT_INSTALLED);
  });

  it('says who lost a role when it is handed over, and speaks of groups the Swedish way', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    expect(onlyText(await secretary.inChannel(team, 'roll Tomas sekreterare'))).toBe('Tomas Karlsson (TK) är nu sekreterare.\n\nSara Lindqvist (SL) är inte längre sekreterare.');
    expect(onlyText(await member.inChannel(team, 'roll Sara ordförande'))).toBe('Sara Lindqvist (SL) är nu ordförande.');
    expect(onlyText(await secretary.inChannel(team, 'roll Sara ledamot'))).toBe('Sara Lindqvist (SL) är inte längre ordförande.');
    expect(onlyText(await member.inChannel(team, 'roll Tomas ledamot'))).toBe('Gruppen måste ha minst en ordförande eller sekreterare. Utse någon annan först, till exempel: roll Tove sekreterare');
    expect(onlyText(await member.inChannel(team, 'roll Sara SG'))).toBe('Sara Lindqvist (SL) tillhör nu styrgruppen.');
    expect(onlyText(await member.inChannel(team, 'roll Sara gäst'))).toBe('Sara Lindqvist (SL) är nu gäst i gruppen.');
  });
});
