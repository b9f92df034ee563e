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
        'punkt <rubrik>',
        'kort kort <text>',
        'möte <datum> <start>-<slut> <plats>',
        'deadline <datum> <tid>',
        'påminnelser',
        'fastställ dagordning',
        'möte länk <url>',
        'hjälp',
        'English works too: agenda, add item, quick, meeting, role, reminders, confirm agenda, help.',
      ]),
    );
  });

  it('lists the English commands in English', () => {
    const card = helpCard('en');
    expectValidCard(card);
    expect(lines(card)).toEqual(expect.arrayContaining(['How to use Dagordning', 'agenda', 'add item <title>', 'quick <text>', 'reminders', 'confirm agenda', 'meeting link <url>', 'help']));
    expect(lines(card)).not.toContain('punkt <rubrik>');
  });

  it('puts the reason first when shown after something it did not understand', () => {
    const lead = messages('sv').common.notUnderstood('vad gör du');
    const card = helpCard('sv', lead);
    expectValidCard(card);
    expect(lines(card)[0]).toBe('Jag förstod inte "vad gör du". Här är vad jag kan:');
    expect(lines(card)[1]).toBe('Så här använder du Dagordning');
  });

  it.each(['sv', 'en'] as const)('offers only commands the bot understands (%s)', (locale) => {
    for (const [command] of messages(locale).help.commands) {
      const keyword = command.split(' <')[0]!;
      expect(parseCommand(keyword, TODAY).kind).not.toBe('unknown');
    }
  });

  it.each(['sv', 'en'] as const)('gives a meeting example that plans a meeting (%s)', (locale) => {
    const description = messages(locale).help.commands.find(([command]) => command.includes('<start>'))![1];
    const example = /(?:t\.ex\.|e\.g\.) (.+)$/.exec(description)![1]!;
    expect(parseCommand(example, TODAY)).toMatchObject({ kind: 'planMeeting', start: { hour: 13, minute: 0 }, end: { hour: 16, minute: 0 }, place: 'Jupiter + Teams' });
  });
});
