import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { startTestSite, type TestSite } from '../support/sharePoint';
import { newUser, type TeamFixture } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

/** The bot on the SharePoint store when Graph is slow to answer, throttles or is down. */
describe('the bot on SharePoint when Graph misbehaves', () => {
  let site: TestSite;
  let app: TestApp;
  let team: TeamFixture;
  let member: Person;

  beforeAll(async () => {
    site = await startTestSite();
    app = await startTestApp({ store: await site.connect() });
    ({ team, member } = await preparedTeam(app, 'möte 8 dec 13-16 Jupiter'));
    await member.inChannel(team, 'punkt Lokalförsörjning');
  }, 60000);
  afterAll(async () => {
    await app.close();
    await site.stop();
  });
  afterEach(() => {
    Object.assign(site.graph.faults, { throttleProbability: 0, outage: null });
  });

  it('runs from settings alone: STORE=sharepoint finds the provisioned lists through Graph', async () => {
    const configured = await startTestApp({ env: site.env, connector: app.connector });
    try {
      const agenda = onlyCard(await new Person(configured, member.user).inChannel(team, 'dagordning'));
      expect(cardText(agenda)).toContain('Lokalförsörjning');
    } finally {
      await configured.close();
    }
  });

  it('shows the agenda in the channel with at most 2 Graph requests', async () => {
    site.graph.reset();
    expect(cardText(onlyCard(await member.inChannel(team, 'dagordning')))).toContain('Lokalförsörjning');
    expect(site.graph.stats.graphRequestCount).toBeLessThanOrEqual(2);
  });

  it('adds an item with one read and one write', async () => {
    site.graph.reset();
    onlyCard(await member.inChannel(team, 'punkt Skolskjuts 2027'));
    const outer = site.graph.stats.entries.filter((e) => e.kind === 'graph' || e.kind === 'batch');
    expect(outer).toHaveLength(2);
    const writes = site.graph.stats.graphCalls().filter((e) => e.method !== 'GET');
    expect(writes.map((w) => w.method)).toEqual(['POST']);
  });

  it('tells the user in Swedish that saving failed when Graph is down, and stores nothing', async () => {
    const before = site.graph.site.itemsOf('Dagordning Punkter').length;
    site.graph.faults.outage = { status: 503, retryAfterSeconds: 0 };
    expect(onlyText(await member.inChannel(team, 'punkt Ny rutin'))).toBe('Det gick inte att spara just nu. Inget har ändrats – försök igen om en stund.');
    site.graph.faults.outage = null;
    expect(site.graph.site.itemsOf('Dagordning Punkter')).toHaveLength(before);
  });

  it('keeps the user\'s input in the card when a save fails, so it can be sent again', async () => {
    site.graph.faults.outage = null;
    const card = onlyCard(await member.inChannel(team, 'punkt Kompetensdag'));
    const form = { ...actionData(card, 'item.save'), title: 'Kompetensdag i mars', section: 'beslut', presenters: 'TK', minutes: '25', description: 'Förslag på program.', link: '' };
    site.graph.faults.outage = { status: 503, retryAfterSeconds: 0 };
    const { card: failed } = await member.clicks('item.save', form, team);
    expect(cardText(failed)).toContain('Det gick inte att spara just nu.');
    expect(inputValue(failed, 'title')).toBe('Kompetensdag i mars');
    expect(inputValue(failed, 'description')).toBe('Förslag på program.');
    site.graph.faults.outage = null;
    const { card: saved } = await member.clicks('item.save', { ...actionData(failed, 'item.save'), ...form }, team);
    expect(cardText(saved)).toMatch(/✔ Sparat/);
    expect(inputValue(saved, 'minutes')).toBe(25);
  });

  it('keeps a title typed into the agenda card when adding fails', async () => {
    const agenda = onlyCard(await member.inChannel(team, 'dagordning'));
    site.graph.faults.outage = { status: 503, retryAfterSeconds: 0 };
    const { card } = await member.clicks('agenda.addItem', { ...actionData(agenda, 'agenda.addItem'), title: 'Elevhälsans budget' }, team);
    expect(cardText(card)).toContain('Det gick inte att spara just nu.');
    expect(inputValue(card, 'title')).toBe('Elevhälsans budget');
    site.graph.faults.outage = null;
    const { card: added } = await member.clicks('agenda.addItem', { ...actionData(card, 'agenda.addItem'), title: 'Elevhälsans budget' }, team);
    expect(cardText(added)).toContain('Punkten "Elevhälsans budget" är tillagd');
  });

  it('stays inside a small tenant\'s budget of 1,200 resource units a minute on a busy morning', async () => {
    site.graph.reset();
    site.graph.faults.resourceUnitsPerMinute = 1200;
    try {
      // Thirteen members each read the agenda, add an item and fill in its card.
      for (let n = 1; n <= 13; n++) {
        const person = new Person(app, newUser(`Ledamot ${n} Testsson`));
        onlyCard(await person.inChannel(team, 'dagordning'));
        const card = onlyCard(await person.inChannel(team, `punkt Förslag ${n}`));
        const { card: saved } = await person.clicks('item.save', { ...actionData(card, 'item.save'), title: `Förslag ${n}`, section: 'information', presenters: '', minutes: '10', description: '', link: '' }, team);
        expect(cardText(saved)).toMatch(/✔ Sparat/);
      }
      expect(site.graph.stats.throttledCount).toBe(0);
      expect(site.graph.resourceUnitsInWindow()).toBeLessThan(1200);
    } finally {
      site.graph.faults.resourceUnitsPerMinute = null;
    }
  });

  it('gets every item in once while 30% of Graph requests are throttled', async () => {
    site.graph.faults.throttleProbability = 0.3;
    for (const n of [1, 2, 3, 4, 5, 6]) onlyCard(await member.inChannel(team, `punkt Strypt punkt ${n}`));
    onlyText(await member.inChannel(team, 'kort kort Strypt notis'));
    site.graph.faults.throttleProbability = 0;
    const titles = site.graph.site.itemsOf('Dagordning Punkter').map((i) => i.fields.Title);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(titles.filter((t) => t === `Strypt punkt ${n}`)).toHaveLength(1);
    expect(titles.filter((t) => t === 'Strypt notis')).toHaveLength(1);
  });
});
