import { welcomeCard } from '../../../bot/src/cards/welcomeCard';
import { cardText, expectValidCard } from '../../support/cards/validateCard';

const lines = (card: unknown): string[] => cardText(card).split('\n');

describe('welcomeCard', () => {
  it('greets the team, names who added the app as secretary, and shows the commands', () => {
    const card = welcomeCard('sv', 'team', 'Maja Berg Holm');
    expectValidCard(card);
    expect(lines(card)[0]).toBe('Hej! Jag är Dagordning.');
    expect(lines(card)[1]).toBe(
      'Jag hjälper ledningsgruppen att samla punkter och kort, kort inför mötena. Maja Berg Holm lade till mig och är gruppens sekreterare tills rollerna ändras.',
    );
    expect(lines(card)).toEqual(expect.arrayContaining(['punkt Budget 2027', 'kort kort Glöm inte konferensen', 'hjälp']));
  });

  it('has one title, not the help card’s as well', () => {
    const text = cardText(welcomeCard('sv', 'team', 'Maja Berg Holm'));
    expect(text).not.toContain('Så här använder du Dagordning');
  });

  it('greets a personal chat without naming a secretary', () => {
    const card = welcomeCard('sv', 'personal', 'Tove Kvist');
    expectValidCard(card);
    expect(lines(card)[1]).toBe('Här kan du anmäla punkter och kort, kort till din ledningsgrupps möten och se dagordningen.');
    expect(cardText(card)).not.toContain('Tove Kvist');
  });

  it('greets in English', () => {
    const card = welcomeCard('en', 'team', 'Maja Berg Holm');
    expectValidCard(card);
    expect(lines(card)[0]).toBe('Hello! I am Dagordning.');
    expect(lines(card)[1]).toContain('Maja Berg Holm added me and is the group\'s secretary');
    expect(lines(card)).toContain('add item Budget 2027');
  });
});
