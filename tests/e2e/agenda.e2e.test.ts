import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { newTeam, newUser } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

describe('the agenda by chat and card', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-22T09:00:00Z' });
  });
  afterAll(() => app.close());

  it('plans a meeting with the default deadline the Thursday before at 12.00', async () => {
    const team = newTeam();
    const chair = new Person(app, newUser('Jonas Berg'));
    await chair.installs(team);
    const reply = onlyText(await chair.inChannel(team, 'MOTE 8/12 13-16 Jupiter + Teams'));
    expect(reply).toContain('tisdag 8 december 2026');
    expect(reply).toContain('13.00–16.00');
    expect(reply).toContain('Jupiter + Teams');
    expect(reply).toContain('torsdag 3 december 2026 kl. 12.00');
  });

  it('adds an item by chat, opens its card, and saves the details in place', async () => {
    const { team, member } = await preparedTeam(app);
    const [added] = await member.inChannel(team, 'punkt Budgetvolymer förskola 2027');
    const card = added!.card;
    expect(cardText(card)).toContain('Punkten "Budgetvolymer förskola 2027" är tillagd');
    expect(inputValue(card, 'title')).toBe('Budgetvolymer förskola 2027');
    expect(inputValue(card, 'section')).toBe('information');

    const save = actionData(card, 'item.save');
    const { card: saved } = await member.clicks('item.save', {
      ...save,
      title: 'Budgetvolymer förskola 2027',
      section: 'beslut',
      presenters: 'TK, Elisabeth Svensson',
      minutes: '25',
      description: 'Volymerna är avstämda med rektorerna.',
      link: 'https://contoso.sharepoint.com/sites/lg/budget.docx',
    }, team);
    expect(cardText(saved)).toMatch(/✔ Sparat/);
    expect(inputValue(saved, 'section')).toBe('beslut');
    expect(inputValue(saved, 'minutes')).toBe(25);
    expect(inputValue(saved, 'presenters')).toBe('TK, Elisabeth Svensson');

    const agenda = onlyCard(await member.inChannel(team, 'dagordning'));
    const text = cardText(agenda);
    expect(text).toContain('Dagordning – Ledningsgruppen');
    expect(text).toContain('Tisdag 8 december 2026, 13.00–16.00, Jupiter + Teams');
    expect(text).toContain('BESLUT');
    expect(text).toContain('1. Budgetvolymer förskola 2027');
    expect(text).toContain('(TK, ES) · 25 min');
    expect(text).toContain('Planerad tid: 25 min av 3 tim');
  });

  it('collects kort kort with the sender\'s initials until the meeting', async () => {
    const { team, member } = await preparedTeam(app);
    const reply = onlyText(await member.inChannel(team, 'kort kort Anmälan till chefskonferensen stänger fredag.'));
    expect(reply).toContain('Kort, kort tillagd till mötet tisdag 8 december 2026: "Anmälan till chefskonferensen stänger fredag." (TK).');
    const agenda = cardText(onlyCard(await member.inChannel(team, 'agenda')));
    expect(agenda).toContain('• Anmälan till chefskonferensen stänger fredag. (TK)');
    expect(agenda).toContain('Inga beslutspunkter');
  });

  it('adds items and notices from the agenda card buttons', async () => {
    const { team, member } = await preparedTeam(app);
    const agenda = onlyCard(await member.inChannel(team, 'dagordning'));
    const { card, followUps } = await member.clicks('agenda.addItem', { ...actionData(agenda, 'agenda.addItem'), title: 'Ny rutin för vikarier' }, team);
    expect(cardText(card)).toContain('Punkten "Ny rutin för vikarier" är tillagd');
    expect(cardText(card)).toContain('1. Ny rutin för vikarier');
    expect(followUps).toHaveLength(1);
    expect(inputValue(followUps[0]!.card, 'title')).toBe('Ny rutin för vikarier');

    const notice = await member.clicks('agenda.addNotice', { ...actionData(agenda, 'agenda.addNotice'), text: 'Glöm inte friskvårdstimmen.' }, team);
    expect(cardText(notice.card)).toContain('• Glöm inte friskvårdstimmen. (TK)');
  });

  it('marks items added after the deadline as late for the chair', async () => {
    const { team, member } = await preparedTeam(app);
    app.clock.set('2026-12-04T08:00:00Z');
    try {
      const card = onlyCard(await member.inChannel(team, 'punkt Extra: lokalfrågan'));
      expect(cardText(card)).toContain('Sent anmäld – ordföranden avgör om punkten tas upp.');
      expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).toContain('sent anmäld');
    } finally {
      app.clock.set('2026-11-22T09:00:00Z');
    }
  });

  it('works from personal chat for a member of a group', async () => {
    const { team, member } = await preparedTeam(app);
    await member.inChannel(team, 'kort kort Ny telefonlista finns på intranätet.');
    const agenda = cardText(onlyCard(await member.inPersonalChat('Dagordning')));
    expect(agenda).toContain('Ny telefonlista finns på intranätet.');
    const added = onlyCard(await member.inPersonalChat('punkt Skolval 2027 till 8/12'));
    expect(inputValue(added, 'title')).toBe('Skolval 2027');
  });

  it('tells a stranger in personal chat how to get started', async () => {
    const stranger = new Person(app, newUser('Okänd Person'));
    expect(onlyText(await stranger.inPersonalChat('dagordning'))).toContain('Du är inte med i någon ledningsgrupp');
  });

  it('answers help, and anything it does not understand with the help card', async () => {
    const { team, member } = await preparedTeam(app);
    expect(cardText(onlyCard(await member.inChannel(team, 'hjälp')))).toContain('Så här använder du Dagordning');
    const unknown = cardText(onlyCard(await member.inChannel(team, 'vad blir det för lunch?')));
    expect(unknown).toContain('Jag förstod inte "vad blir det för lunch?"');
    expect(unknown).toContain('punkt Budget 2027');
  });

  it('speaks the group\'s language in the channel and each person\'s own in a personal chat', async () => {
    const { team, secretary } = await preparedTeam(app);
    const anna = new Person(app, newUser('Anna Smith'), 'en-US');
    // Everyone reads the channel: its cards speak the group's language (Swedish), whatever Anna's client speaks.
    expect(cardText(onlyCard(await anna.inChannel(team, 'agenda')))).toContain('Dagordning – Ledningsgruppen');
    expect(onlyText(await anna.inChannel(team, 'quick Parking is closed on Monday.'))).toContain('Kort, kort tillagd');
    // Her own chat follows her client.
    const own = cardText(onlyCard(await anna.inPersonalChat('agenda')));
    expect(own).toContain('Agenda – Ledningsgruppen');
    expect(own).toContain('Tuesday 8 December 2026, 13:00–16:00');

    expect(onlyText(await anna.inChannel(team, 'language english'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await secretary.inChannel(team, 'språk engelska'))).toContain('From now on I write in English in the channel.');
    expect(cardText(onlyCard(await secretary.inChannel(team, 'dagordning')))).toContain('Agenda – Ledningsgruppen');
    expect(cardText(onlyCard(await secretary.inPersonalChat('dagordning')))).toContain('Dagordning – Ledningsgruppen');
    expect(onlyText(await secretary.inChannel(team, 'språk franska'))).toContain('I do not understand "franska". Write: language english or language swedish.');
    expect(onlyText(await secretary.inChannel(team, 'språk svenska'))).toContain('Från och med nu skriver jag på svenska i kanalen.');
  });

  it('registers the team roster on install so roles can be given at once', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    expect(onlyText(await member.inChannel(team, 'mote 15 dec 13-15 Marina Plaza'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await secretary.inChannel(team, 'roll Tomas ordförande'))).toBe('Tomas Karlsson (TK) är nu ordförande.');
    expect(onlyText(await member.inChannel(team, 'mote 15 dec 13-15 Marina Plaza'))).toContain('Mötet är planerat');
  });
});

describe('the local playground', () => {
  it('chats in Swedish by default, though the playground says every client is en-US', async () => {
    const local = await startTestApp({ env: { CHAT_LANGUAGE: '' } });
    try {
      const { team } = await preparedTeam(local);
      const anna = new Person(local, newUser('Anna Smith'), 'en-US');
      onlyText(await anna.inChannel(team, 'kort kort Parkeringen är stängd'));
      expect(cardText(onlyCard(await anna.inPersonalChat('agenda')))).toContain('Dagordning – Ledningsgruppen');
    } finally {
      await local.close();
    }
  });
});
