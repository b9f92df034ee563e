import type { Activity } from 'botbuilder';
import { parseCommand } from '../../bot/src/commands/parser';
import { contextOf, foldForSearch, matchText, readQuery } from '../../bot/src/domain/archive/searchText';
import { DomainError } from '../../bot/src/domain/errors';
import { readAnswer, readFeedbackForm, type FeedbackFormText } from '../../bot/src/domain/feedbackForms';
import type { Member } from '../../bot/src/domain/model';
import { parsePresenters } from '../../bot/src/domain/presenters';
import { baseInitials, charLength, foldForMatching, tidy, uniqueInitials } from '../../bot/src/domain/text';
import { parseClock, parseSwedishDate, TIME_RANGE } from '../../bot/src/domain/time/swedishDates';
import { checkDescription, checkLink, checkMinutes, checkNotice, checkPlace, checkSection, checkTitle } from '../../bot/src/domain/validation';
import { commandText } from '../../bot/src/teams/turnInput';
import { TODAY } from './domain/fixtures';

/**
 * Every parser of user text, fed a megabyte of the input that is worst for it. A
 * backtracking regular expression that is quadratic on such input blocks the whole
 * server for seconds to hours (120 KB of spaces in the presenters field took 24 s);
 * linear code with a cap on its input answers at once. The one timed guard the
 * project allows: each case must finish well under a second.
 */
const MB = 1024 * 1024;
const WELL_UNDER_A_SECOND_MS = 1000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const code = (value: unknown): string | undefined => (value instanceof DomainError ? value.code : undefined);

const tove: Member = { id: 'tove', groupId: 'g', userId: '29:tove', name: 'Tove Kvist', initials: 'TK', role: 'ledamot', membership: 'LG', version: '1' };

function message(text: string): Activity {
  return { type: 'message', text, recipient: { id: '28:bot', name: 'Dagordning' }, entities: [] } as unknown as Activity;
}

type Case = [label: string, run: () => unknown, expected: unknown];

const feedbackForm = (fields: Partial<FeedbackFormText>): FeedbackFormText => ({
  question: 'Fråga', description: '', link: '', kind: 'text', choices: '', deadlineDate: '2026-11-26', deadlineTime: '12:00', reminderHours: '', owner: '', audience: 'LG', named: '', itemId: '', ...fields,
});
/** The codes a form or an answer is refused with. */
function refusal(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    return (error as { problems: DomainError[] }).problems.map((p) => p.code).join(',');
  }
}
const readForm = (fields: Partial<FeedbackFormText>) => refusal(() => readFeedbackForm(feedbackForm(fields), { now: new Date('2026-11-22T09:00:00.000Z'), actor: tove, members: [tove] }));

describe('a megabyte of worst-case input finishes well under a second', () => {
  it.each<Case>([
    ['presenters field of spaces', () => code(parsePresenters(' '.repeat(MB), [tove])), 'presentersTextTooLong'],
    ['presenters field of "och" without separators', () => code(parsePresenters('och'.repeat(MB / 3), [tove])), 'presentersTextTooLong'],
    ['chat command of spaces', () => code((parseCommand(' '.repeat(MB), TODAY) as { error?: DomainError }).error), 'messageTooLong'],
    ['chat command "punkt" with a megabyte of title', () => code((parseCommand(`punkt ${'a till '.repeat(MB / 7)}`, TODAY) as { error?: DomainError }).error), 'messageTooLong'],
    ['item title of spaces', () => code(checkTitle(`${' '.repeat(MB)}x`)), 'titleTooLong'],
    ['notice of spaces', () => code(checkNotice(`${' '.repeat(MB)}x`)), 'noticeTooLong'],
    ['description of line breaks', () => code(checkDescription(`${'\n'.repeat(MB)}x`)), 'descriptionTooLong'],
    ['link of spaces', () => code(checkLink(`https://a.example/${' '.repeat(MB)}`)), 'linkInvalid'],
    ['minutes of digits', () => code(checkMinutes('1'.repeat(MB), 180)), 'minutesInvalid'],
    ['section of spaces', () => code(checkSection(' '.repeat(MB))), 'unknownSection'],
    ['place of spaces', () => code(checkPlace(`${' '.repeat(MB)}x`)), 'placeTooLong'],
    ['feedback question of spaces', () => readForm({ question: `${' '.repeat(MB)}x` }), 'feedbackQuestionTooLong'],
    ['feedback options of line breaks', () => readForm({ kind: 'choice', choices: '\n'.repeat(MB) }), 'feedbackTooManyChoices'],
    ['feedback people of commas', () => readForm({ audience: 'named', named: ','.repeat(MB) }), 'feedbackNamedMissing'],
    ['feedback answer of spaces', () => refusal(() => readAnswer({ kind: 'text', choices: [] }, { choice: '', comment: `${' '.repeat(MB)}x` })), 'feedbackAnswerTooLong'],
  ])('%s', (_label, run, expected) => {
    const { value, ms } = timed(run);
    expect(value).toBe(expected);
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
  });

  it.each([
    ['a run of "<"', '<'.repeat(MB), MB],
    ['a run of "<at>" never closed', '<at>'.repeat(MB / 4), 0],
    ['a run of "<a" never closed', '<a'.repeat(MB / 2), MB],
    ['a run of "&lt;"', '&lt;'.repeat(MB / 4), MB / 4],
  ])('message text of %s', (_label, text, length) => {
    const { value, ms } = timed(() => commandText(message(text)));
    expect(value.length).toBe(length);
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
  });

  it.each<Case>([
    ['dates: spaces and digits', () => parseSwedishDate(' 1'.repeat(MB / 2), TODAY).ok, false],
    ['dates: a weekday and spaces', () => parseSwedishDate(`tisdag${' '.repeat(MB)}`, TODAY).ok, false],
    ['clock: "kl" and spaces', () => parseClock(`kl${' '.repeat(MB)}`), undefined],
    ['clock: digits', () => parseClock('1'.repeat(MB)), undefined],
    ['time range: "kl" and spaces', () => TIME_RANGE.exec(` kl${' '.repeat(MB)}1`), null],
    ['time range: digits and spaces', () => TIME_RANGE.exec(`1${' '.repeat(MB)}x`), null],
  ])('%s', (_label, run, expected) => {
    const { value, ms } = timed(run);
    expect(value).toBe(expected);
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
  });

  it.each<Case>([
    ['tidy', () => tidy(`${' \t'.repeat(MB / 2)}x`), 'x'],
    ['foldForMatching', () => foldForMatching(`${' '.repeat(MB)}Å`), 'a'],
    ['baseInitials', () => baseInitials('Ö '.repeat(MB / 2)).length <= 256, true],
    ['uniqueInitials on a clash', () => uniqueInitials(`Bo ${'e'.repeat(MB)}`, new Set(['BE'])), 'BEe'],
    ['charLength', () => charLength('å'.repeat(MB)), MB],
  ])('text helper %s', (_label, run, expected) => {
    const { value, ms } = timed(run);
    expect(value).toBe(expected);
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
  });

  // The archive's search: a query is capped at 200 characters and 8 words, the text is what the minutes hold.
  const longWord = `${'a'.repeat(199)}b`;
  it.each<Case>([
    ['search: a 200-letter word almost found everywhere in a megabyte of one letter', () => matchText('a'.repeat(MB), readQuery(longWord)), undefined],
    ['search: eight words in a megabyte of short words', () => matchText('ab '.repeat(MB / 3), readQuery('ab abb abba abab ba bab aab aaab')), undefined],
    ['search: a word found at every word start of a megabyte', () => matchText('ab '.repeat(MB / 3), readQuery('ab'))?.found.length, 32],
    ['search: folding a megabyte of å/ä/ö', () => foldForSearch('åäöx'.repeat(MB / 4)).length, MB],
    ['search: the context of a hit at the end of a megabyte', () => contextOf(`${'ord '.repeat(MB / 4)}skolgårdsmiljö`, readQuery('skolgardsmiljo')).marks.length, 1],
    ['search: a query of a megabyte is refused before it is read', () => code((() => { try { return readQuery(' x'.repeat(MB / 2)); } catch (error) { return error; } })()), 'searchTooLong'],
  ])('%s', (_label, run, expected) => {
    const { value, ms } = timed(run);
    expect(value).toBe(expected);
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
  });
});
