import { markdownTexts, plainTexts } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { newUser, type TeamFixture } from '../support/teams/activities';
import { storedItems } from '../support/storedItems';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * A member types something meant to mislead the others: a Markdown link, bold text,
 * a right-to-left override, a mention tag. Everyone else's agenda shows it as typed
 * and inert, and what is stored carries no hidden characters.
 */
const RLO = '\u202E';

describe('hostile text from one member, seen by the others', () => {
  let app: TestApp;
  let team: TeamFixture;
  let secretary: Person;
  let member: Person;

  beforeAll(async () => {
    app = await startTestApp();
    ({ team, secretary, member } = await preparedTeam(app, 'möte 8 dec 13-16 Jupiter'));
  });
  afterAll(() => app.close());

  const storedTitles = async (): Promise<string[]> => (await storedItems(app, team)).map((i) => i.title);

  it('shows a Markdown link in a title as typed on everyone\'s agenda, never as a link', async () => {
    await member.inChannel(team, 'punkt [Klicka här](https://evil.example/login) **nu**');
    await member.inChannel(team, 'kort kort 1. Fyll i [formuläret](https://evil.example/form)');
    const agenda = onlyCard(await secretary.inChannel(team, 'dagordning'));
    for (const text of markdownTexts(agenda)) expect(text).not.toMatch(/evil\.example|\*\*|\]\(/);
    const shown = plainTexts(agenda).join('\n');
    expect(shown).toContain('[Klicka här](https://evil.example/login) **nu**');
    expect(shown).toContain('1. Fyll i [formuläret](https://evil.example/form)');
  });

  it('sends a reply that quotes typed text as plain text, not Markdown', async () => {
    const before = app.connector.calls.length;
    expect(onlyText(await member.inChannel(team, 'kort kort [Läs här](https://evil.example)'))).toContain('"[Läs här](https://evil.example)"');
    const [reply] = app.connector.calls.slice(before);
    expect(reply!.activity.textFormat).toBe('plain');
  });

  it('stores a title without bidirectional overrides', async () => {
    await member.inChannel(team, `punkt Lönerevision ${RLO}xslx.exe`);
    const titles = await storedTitles();
    expect(titles).toContain('Lönerevision xslx.exe');
    expect(titles.join('')).not.toContain(RLO);
  });

  it('does not turn a typed "<at>" into a mention tag', async () => {
    // Teams sends what a person types as HTML: the typed tag arrives as entities.
    await member.inChannel(team, 'punkt Budget &lt;at&gt;Sara Lindqvist&lt;/at&gt; 2027');
    const titles = await storedTitles();
    expect(titles).toContain('Budget 2027');
    expect(titles.join('')).not.toMatch(/<\/?at>/);
  });

  it('registers a member whose Teams name carries hidden characters without them', async () => {
    const newcomer = new Person(app, newUser(`Mallory${RLO} Evil`));
    await newcomer.inChannel(team, 'punkt Något');
    const group = await app.store.groups.getByTeamId(team.teamId);
    const names = (await app.store.members.listByGroup(group!.id)).map((m) => m.name);
    expect(names).toContain('Mallory Evil');
    expect(names.join('')).not.toContain(RLO);
  });
});
