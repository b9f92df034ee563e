import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { newTeam, newUser, type TeamFixture } from '../support/teams/activities';
import { storedItems } from '../support/storedItems';
import { startTestApp, type TestApp } from '../support/testApp';

describe('bad input gets a clear Swedish answer and nothing is stored half-way', () => {
  let app: TestApp;
  let team: TeamFixture;
  let secretary: Person;
  let member: Person;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let itemCard: any;

  beforeAll(async () => {
    app = await startTestApp();
    ({ team, secretary, member } = await preparedTeam(app, 'möte 8 dec 13-16 Jupiter'));
    itemCard = onlyCard(await member.inChannel(team, 'punkt Lokalförsörjning'));
  });
  afterAll(() => app.close());

  it.each([
    ['punkt', 'Punkten behöver en rubrik.'],
    ['punkt <256 tecken>', 'Rubriken är för lång (256 tecken). Högst 255 tecken'],
    ['kort kort', 'Skriv vad notisen gäller'],
    ['möte 31/2 13-16 Jupiter', 'Datumet "31/2" finns inte i kalendern.'],
    ['möte måndag 8 december 13-16 Jupiter', 'det datumet är en tisdag'],
    ['möte 9 dec 16-13 Jupiter', 'Mötet måste sluta efter att det börjar.'],
    ['möte 9 dec 13-16', 'Ange var mötet hålls'],
    ['möte 8 dec 9-11 Jupiter', 'Det finns redan ett möte tisdag 8 december 2026.'],
    ['möte 1 jan 2020 13-16 Jupiter', 'Den tiden har redan varit.'],
    ['punkt Budget till 9 dec', 'Det finns inget möte onsdag 9 december 2026.'],
    ['roll Nobody ordförande', 'Jag hittar ingen i gruppen som heter "Nobody".'],
    ['roll Tomas kung', 'Jag förstår inte "Tomas kung".'],
    ['deadline 10 dec 12.00', 'Sista dag för punkter måste vara före mötet.'],
  ])('"%s" is answered with "%s"', async (command, expected) => {
    const before = await storedItems(app, team);
    const typed = command.replace('<256 tecken>', 'x'.repeat(256));
    expect(onlyText(await secretary.inChannel(team, typed))).toContain(expected);
    expect(await storedItems(app, team)).toHaveLength(before.length);
  });

  it('answers an over-long message in Swedish at once, and stores nothing', async () => {
    const before = await storedItems(app, team);
    const answer = onlyText(await member.inChannel(team, `punkt ${' Budget'.repeat(10000)}`));
    expect(answer).toMatch(/^Meddelandet är för långt \(\d+ tecken\)\. Ett kommando får vara högst 1000 tecken/);
    expect(await storedItems(app, team)).toHaveLength(before.length);
  });

  it('answers a presenters field of 200 KB of spaces at once, keeping the card', async () => {
    const before = await storedItems(app, team);
    const form = { title: 'Lokalförsörjning', section: 'information', presenters: ' '.repeat(200 * 1024), minutes: '20', description: '', link: '' };
    const { card } = await member.clicks('item.save', { ...actionData(itemCard, 'item.save'), ...form }, team);
    expect(cardText(card)).toContain('Fältet Föredragande är för långt (204800 tecken). Högst 1100 tecken');
    expect(await storedItems(app, team)).toEqual(before);
  });

  it('refuses coordinator commands from someone who lacks the role', async () => {
    expect(onlyText(await member.inChannel(team, 'möte 15 dec 13-16 Jupiter'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await member.inChannel(team, 'roll Tomas ordförande'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(onlyText(await member.inChannel(team, 'deadline 4 dec 15.00'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
  });

  it('keeps the group led: the last coordinator cannot step down', async () => {
    expect(onlyText(await secretary.inChannel(team, 'roll Sara ledamot'))).toContain('Gruppen måste ha minst en ordförande eller sekreterare.');
  });

  it.each([
    [{ minutes: 'tjugo' }, '"tjugo" går inte att använda som tid.'],
    [{ minutes: '-5' }, '-5 minuter går inte: ange tiden för punkten i minuter, från 0 till 180.'],
    [{ minutes: '12.5' }, '"12.5" går inte att använda som tid.'],
    [{ minutes: '500' }, '500 minuter går inte: ange tiden för punkten i minuter, från 0 till 180.'],
    [{ section: 'övrigt' }, '"övrigt" är inget avsnitt i dagordningen.'],
    [{ title: '   ' }, 'Punkten behöver en rubrik.'],
    [{ description: '<4001 tecken>' }, 'Beskrivningen är för lång (4001 tecken). Högst 4000 tecken'],
    [{ link: 'javascript:alert(1)' }, 'Länken ska vara en webbadress som börjar med https://'],
  ])('a card save with %j shows "%s", keeps the input and stores nothing', async (shown, expected) => {
    const change = Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v === '<4001 tecken>' ? 'å'.repeat(4001) : v]));
    const before = await storedItems(app, team);
    const form = { title: 'Lokalförsörjning', section: 'information', presenters: 'TK', minutes: '20', description: 'Underlag kommer.', link: '', ...change };
    const { card } = await member.clicks('item.save', { ...actionData(itemCard, 'item.save'), ...form }, team);
    expect(cardText(card)).toContain('Kunde inte spara. Rätta och spara igen:');
    expect(cardText(card)).toContain(expected);
    for (const [field, value] of Object.entries(change)) {
      if (field !== 'minutes') expect(inputValue(card, field)).toBe(value);
    }
    expect(await storedItems(app, team)).toEqual(before);
  });

  it('reports every problem of a form at once', async () => {
    const { card } = await member.clicks('item.save', { ...actionData(itemCard, 'item.save'), title: '', section: 'x', minutes: 'abc' }, team);
    const text = cardText(card);
    expect(text).toContain('Punkten behöver en rubrik.');
    expect(text).toContain('"x" är inget avsnitt');
    expect(text).toContain('"abc" går inte att använda som tid.');
  });

  it('refuses an edit from someone who may not change the item', async () => {
    const outsider = new Person(app, newUser('Petra Ny'));
    const { card } = await outsider.clicks('item.save', { ...actionData(itemCard, 'item.save'), title: 'Kapad rubrik', section: 'beslut' }, team);
    expect(cardText(card)).toContain('Bara den som anmälde punkten, föredragande, ordförande eller sekreterare kan ändra den.');
    const items = await storedItems(app, team);
    expect(items.map((i) => i.title)).not.toContain('Kapad rubrik');
  });

  it('explains a card action on a deleted item', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Ska tas bort'));
    const data = actionData(card, 'item.save');
    await app.store.items.remove(String(data.itemId));
    const { card: answer } = await member.clicks('item.save', { ...data, title: 'Ska tas bort', section: 'information' }, team);
    expect(cardText(answer)).toContain('Punkten finns inte längre');
  });

  it('refuses a card from another team\'s meeting', async () => {
    const otherTeam = newTeam('Ett annat team');
    const other = new Person(app, newUser('Olle Annan'));
    await other.installs(otherTeam);
    const { card } = await other.clicks('item.save', { ...actionData(itemCard, 'item.save'), title: 'Intrång', section: 'beslut' }, otherTeam);
    expect(cardText(card)).toContain('Kortet hör till en annan grupps möte');
    expect((await storedItems(app, team)).map((i) => i.title)).not.toContain('Intrång');
  });

  it.each([
    [{ action: 'item.save', itemId: '../../etc/passwd' }, 'Kortet innehåller uppgifter som inte stämmer.'],
    [{ action: 'item.save' }, 'Kortet innehåller uppgifter som inte stämmer.'],
    [{ action: 'item.delete', itemId: 'x' }, 'Den knappen känner jag inte igen.'],
    [{ action: 'agenda.addItem', meetingId: '00000000-0000-0000-0000-000000000000', title: 'x' }, 'Kortet innehåller uppgifter som inte stämmer.'],
    [{ action: 'item.save', itemId: 'a', base: 'not an object' }, 'Kortet innehåller uppgifter som inte stämmer.'],
  ])('tampered card data %j is refused with "%s"', async (data, expected) => {
    const { card } = await member.clicks(String(data.action), data, team);
    expect(cardText(card)).toContain(expected);
  });

  it('answers malformed requests with 400, never 5xx', async () => {
    expect((await app.post('{"type": "message", ')).status).toBe(400);
    expect((await app.post('[]')).status).toBe(400);
    expect((await app.post({ type: 'message', text: 'hej' })).status).toBe(400);
    expect((await app.post({ type: 'message', serviceUrl: 'ftp://x', conversation: { id: 'a' } })).status).toBe(400);
    const invoke = await app.post({ type: 'invoke', name: 'adaptiveCard/action', serviceUrl: app.connector.url, conversation: { id: 'a' }, from: { id: 'x' }, recipient: { id: 'b' }, channelId: 'msteams', value: 'nonsense' });
    expect(invoke.status).toBeLessThan(500);
  });

  it.each([
    ['a message without a recipient', { type: 'message', text: 'hjälp' }],
    ['a card action without a recipient', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { verb: 'item.save', data: {} } } }],
    ['a message whose recipient has no id', { type: 'message', text: 'hjälp', recipient: {} }],
  ])('refuses %s with 400, running no bot logic', async (_label, activity) => {
    app.connector.clear();
    const response = await app.post({ serviceUrl: app.connector.url, channelId: 'msteams', conversation: { id: 'a:personal', conversationType: 'personal' }, from: { id: member.user.id }, ...activity });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'BadRequest', message: 'activity.recipient.id is required' } });
    expect(app.connector.calls).toHaveLength(0);
  });

  it('keeps working when the Bot Connector fails to take a reply', async () => {
    app.connector.failNext = { status: 503, count: 2 };
    const response = await app.post({
      type: 'message', text: 'hjälp', serviceUrl: app.connector.url, channelId: 'msteams',
      conversation: { id: 'a:personal', conversationType: 'personal' }, from: { id: member.user.id, aadObjectId: member.user.aadObjectId }, recipient: { id: 'bot' },
    });
    expect(response.status).toBe(200);
    app.connector.failNext = undefined;
    expect(onlyCard(await member.inPersonalChat('hjälp'))).toBeDefined();
  });
});
