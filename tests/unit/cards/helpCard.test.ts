import { helpCard } from '../../../bot/src/cards/helpCard';
import { parseCommand } from '../../../bot/src/commands/parser';
import { messages } from '../../../bot/src/i18n';
import { cardText, expectValidCard } from '../../support/cards/validateCard';
import { TODAY } from '../domain/fixtures';

const lines = (card: unknown): string[] => cardText(card).split('\n');

describe('helpCard', () => {
  it('lists the Swedish commands with what they do', () => {
    const card = helpCard('sv');
    expectValidCard(card);
    expect(lines(card)).toEqual(
      expect.arrayContaining([
        'Så här använder du Dagordning',
        'dagordning',
        'punkt Budget 2027',
        'kort kort Glöm inte konferensen',
        'möte 8 dec 13-16 Jupiter + Teams',
        'deadline 3 dec kl 12',
        'påminnelser',
        'fastställ dagordning',
        'synpunkter Utkast till skolplan',
        'beslut budget',
        'protokoll 10 nov',
        'hjälp',
        'English works too: agenda, add item, quick, meeting, role, reminders, confirm agenda, feedback, decisions, minutes, help.',
      ]),
    );
  });

  it('lists the English commands in English', () => {
    const card = helpCard('en');
    expectValidCard(card);
    expect(lines(card)).toEqual(expect.arrayContaining(['How to use Dagordning', 'agenda', 'add item Budget 2027', 'quick Remember the conference', 'reminders', 'confirm agenda', 'feedback Draft school plan', 'decisions budget', 'minutes 10 nov', 'help']));
    expect(lines(card)).not.toContain('punkt Budget 2027');
  });

  it('puts the reason first when shown after something it did not understand', () => {
    const lead = messages('sv').common.notUnderstood('vad gör du');
    const card = helpCard('sv', lead);
    expectValidCard(card);
    expect(lines(card)[0]).toBe('Jag förstod inte "vad gör du". Här är vad jag kan:');
    expect(lines(card)[1]).toBe('Så här använder du Dagordning');
  });

  it.each(['sv', 'en'] as const)('shows every command as an example the bot carries out as written (%s)', (locale) => {
    for (const [command] of messages(locale).help.commands) {
      expect(parseCommand(command, TODAY).kind).not.toMatch(/^(unknown|invalid)$/);
    }
  });

  it.each(['sv', 'en'] as const)('uses no angle brackets, which some Teams clients drop as markup (%s)', (locale) => {
    expect(cardText(helpCard(locale))).not.toMatch(/[<>]/);
  });

  it.each(['sv', 'en'] as const)('gives a meeting example that plans a meeting (%s)', (locale) => {
    const [example] = messages(locale).help.commands.find(([command]) => /^(möte|meeting) /.test(command))!;
    expect(parseCommand(example, TODAY)).toMatchObject({ kind: 'planMeeting', start: { hour: 13, minute: 0 }, end: { hour: 16, minute: 0 }, place: 'Jupiter + Teams' });
  });
});
