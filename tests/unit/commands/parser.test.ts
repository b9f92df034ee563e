import { parseCommand, type Command } from '../../../bot/src/commands/parser';
import { DomainError } from '../../../bot/src/domain/errors';
import { en } from '../../../bot/src/i18n/en';
import { sv } from '../../../bot/src/i18n/sv';
import { TODAY } from '../domain/fixtures';

const parse = (text: string): Command => parseCommand(text, TODAY);
const DEC_8 = { year: 2026, month: 12, day: 8 };

/** The error of an invalid command, checked to belong to the right command. */
function invalid(text: string, command: string): DomainError {
  const result = parse(text);
  if (result.kind !== 'invalid') throw new Error(`expected "${text}" to be invalid, got ${JSON.stringify(result)}`);
  expect(result.command).toBe(command);
  expect(result.error).toBeInstanceOf(DomainError);
  return result.error;
}

describe('parseCommand: help and agenda', () => {
  it.each(['hjälp', 'hjalp', 'HJÄLP', 'Hjälp', 'help', 'Help', '?', '  hjälp  '])('"%s" asks for help', (text) => {
    expect(parse(text)).toEqual({ kind: 'help' });
  });

  it.each(['dagordning', 'Dagordning', 'DAGORDNING', 'dagordningen', 'agenda', 'Agenda'])('"%s" shows the next agenda', (text) => {
    expect(parse(text)).toEqual({ kind: 'agenda' });
  });

  it.each([
    ['dagordning 8 dec', DEC_8],
    ['Dagordningen 2026-12-08', DEC_8],
    ['agenda tisdag 8 december', DEC_8],
    ['dagordning 8/12', DEC_8],
  ])('"%s" shows the agenda of a given date', (text, date) => {
    expect(parse(text)).toEqual({ kind: 'agenda', date });
  });

  it('explains a date that does not exist instead of showing some other agenda', () => {
    const error = invalid('dagordning 31/2', 'agenda');
    expect(error.code).toBe('dateNotExisting');
    expect(error.params.value).toBe('31/2');
  });

  it('says what it did not understand after "dagordning"', () => {
    expect(invalid('dagordning nästa vecka', 'agenda').code).toBe('dateInvalid');
  });
});

describe('parseCommand: items', () => {
  it.each([
    ['punkt Budget 2027 för förskolan', 'Budget 2027 för förskolan'],
    ['PUNKT Skolvalet i ÅRSKURS 7', 'Skolvalet i ÅRSKURS 7'],
    ['Punkt   Ny   rutin för   tillbud', 'Ny rutin för tillbud'],
    ['lägg till punkt Kompetensdag på Öresundsskolan', 'Kompetensdag på Öresundsskolan'],
    ['lagg till punkt Elevhälsans årsrapport', 'Elevhälsans årsrapport'],
    ['ny punkt Lönekartläggning', 'Lönekartläggning'],
    ['add item Budget follow-up', 'Budget follow-up'],
    ['item Budget follow-up', 'Budget follow-up'],
  ])('"%s" adds an item titled as the user wrote it', (text, title) => {
    expect(parse(text)).toEqual({ kind: 'addItem', title });
  });

  it('targets another meeting with "till <datum>"', () => {
    expect(parse('punkt Budget 2027 till 8 dec')).toEqual({ kind: 'addItem', title: 'Budget 2027', date: DEC_8 });
    expect(parse('punkt Budget 2027 TILL 8/12')).toEqual({ kind: 'addItem', title: 'Budget 2027', date: DEC_8 });
    expect(parse('punkt Budget 2027 till tisdag 8 december')).toEqual({ kind: 'addItem', title: 'Budget 2027', date: DEC_8 });
    expect(parse('item Budget to 8 Dec')).toEqual({ kind: 'addItem', title: 'Budget', date: DEC_8 });
  });

  it('keeps "till …" in the title when it is not a date', () => {
    expect(parse('punkt Bidrag till skolan')).toEqual({ kind: 'addItem', title: 'Bidrag till skolan' });
    expect(parse('punkt Återkoppling till rektorerna')).toEqual({ kind: 'addItem', title: 'Återkoppling till rektorerna' });
    expect(parse('add item Welcome to the new principals')).toEqual({ kind: 'addItem', title: 'Welcome to the new principals' });
  });

  it('finds the target date after a title that itself contains "till"', () => {
    expect(parse('punkt Bidrag till skolan till 8 dec')).toEqual({ kind: 'addItem', title: 'Bidrag till skolan', date: DEC_8 });
  });

  it('asks for a title when only a target date is given', () => {
    expect(invalid('punkt till 8 dec', 'addItem').code).toBe('titleMissing');
  });

  it('asks for a title when there is none', () => {
    expect(invalid('punkt', 'addItem').code).toBe('titleMissing');
    expect(invalid('add item', 'addItem').code).toBe('titleMissing');
  });

  it('rejects a target date that does not exist rather than adding to the next meeting', () => {
    const error = invalid('punkt Budget till 31/2', 'addItem');
    expect(error.code).toBe('dateNotExisting');
    expect(error.params.value).toBe('31/2');
  });

  it('reports a weekday that does not match the target date', () => {
    const error = invalid('punkt Budget till måndag 8 december 2026', 'addItem');
    expect(error.code).toBe('weekdayMismatch');
    expect(error.params.weekday).toBe(2);
  });
});

describe('parseCommand: kort, kort', () => {
  it.each([
    'kort kort Anmälan till kompetensdagen stänger fredag',
    'Kort kort Anmälan till kompetensdagen stänger fredag',
    'kort, kort Anmälan till kompetensdagen stänger fredag',
    'Kort, Kort Anmälan till kompetensdagen stänger fredag',
    'kortkort Anmälan till kompetensdagen stänger fredag',
    'quick Anmälan till kompetensdagen stänger fredag',
  ])('"%s" adds a quick notice with the text as written', (text) => {
    expect(parse(text)).toEqual({ kind: 'addNotice', text: 'Anmälan till kompetensdagen stänger fredag' });
  });

  it('targets another meeting with "till <datum>"', () => {
    expect(parse('kort kort Ny rutin för vikarier till 8/12')).toEqual({ kind: 'addNotice', text: 'Ny rutin för vikarier', date: DEC_8 });
  });

  it('asks for the notice text when there is none', () => {
    expect(invalid('kort kort', 'addNotice').code).toBe('noticeMissing');
    expect(invalid('quick', 'addNotice').code).toBe('noticeMissing');
  });
});

describe('parseCommand: planning a meeting', () => {
  const planned = (place = 'Saturnus'): Command => ({
    kind: 'planMeeting',
    date: DEC_8,
    start: { hour: 13, minute: 0 },
    end: { hour: 16, minute: 0 },
    place,
  });

  it.each([
    'möte 2026-12-08 13-16 Saturnus',
    'MÖTE 8/12 13-16 Saturnus',
    'mote 8 dec 13-16 Saturnus',
    'Möte tisdag 8 december 13-16 Saturnus',
    'möte 8 dec 13.00-16.00 Saturnus',
    'möte 8 dec 13:00–16:00 Saturnus',
    'möte 8 dec 13.00 - 16.00 Saturnus',
    'möte 8 dec kl 13-16 Saturnus',
    'nytt möte 8 dec 13-16 Saturnus',
    'meeting 8 Dec 13:00-16:00 Saturnus',
  ])('"%s" plans Tuesday 8 December 13.00–16.00', (text) => {
    expect(parse(text)).toEqual(planned());
  });

  it('keeps the place as written, including "+ Teams"', () => {
    expect(parse('möte 8 dec 13-16 Saturnus + Teams')).toEqual(planned('Saturnus + Teams'));
    expect(parse('möte 8 dec 13-16 Rådhuset, sal Örnen')).toEqual(planned('Rådhuset, sal Örnen'));
  });

  it('keeps minutes of the times', () => {
    const result = parse('möte 8/12 8.30-11.45 Saturnus');
    expect(result).toMatchObject({ start: { hour: 8, minute: 30 }, end: { hour: 11, minute: 45 } });
  });

  it('puts a date earlier than today in next year', () => {
    expect(parse('möte 12/1 13-16 Saturnus')).toMatchObject({ kind: 'planMeeting', date: { year: 2027, month: 1, day: 12 } });
  });

  it('reports a date that does not exist', () => {
    const error = invalid('möte 31/2 13-16 Saturnus', 'planMeeting');
    expect(error.code).toBe('dateNotExisting');
    expect(error.params.value).toBe('31/2');
  });

  it('reports a weekday that does not match the date, naming the real weekday', () => {
    const error = invalid('möte måndag 8 december 2026 13-16 Saturnus', 'planMeeting');
    expect(error.code).toBe('weekdayMismatch');
    expect(error.params).toEqual({ value: 'måndag 8 december 2026', weekday: 2 });
  });

  it('asks for the place when it is missing', () => {
    expect(invalid('möte 8 dec 13-16', 'planMeeting').code).toBe('placeMissing');
  });

  it('asks for start and end when there is no time range', () => {
    expect(invalid('möte 8 dec Saturnus', 'planMeeting').code).toBe('timeInvalid');
    expect(invalid('möte 8 dec 13 Saturnus', 'planMeeting').code).toBe('timeInvalid');
  });

  it('rejects a time that is not on the clock', () => {
    expect(invalid('möte 8 dec 13-25 Saturnus', 'planMeeting').code).toBe('timeInvalid');
    expect(invalid('möte 8 dec 13.75-16 Saturnus', 'planMeeting').code).toBe('timeInvalid');
  });

  it('says when the date part is not a date', () => {
    expect(invalid('möte snart 13-16 Saturnus', 'planMeeting').code).toBe('dateInvalid');
  });
});

describe('parseCommand: roles', () => {
  it.each([
    ['roll Tove Kvist ordförande', 'Tove Kvist', { role: 'ordforande' }],
    ['roll TK ordf', 'TK', { role: 'ordforande' }],
    ['roll Maja sekreterare', 'Maja', { role: 'sekreterare' }],
    ['roll MBH sekr', 'MBH', { role: 'sekreterare' }],
    ['roll Örjan Åkesson ledamot', 'Örjan Åkesson', { role: 'ledamot' }],
    ['roll TK LG', 'TK', { membership: 'LG' }],
    ['roll TK lg', 'TK', { membership: 'LG' }],
    ['roll TK SG', 'TK', { membership: 'SG' }],
    ['roll Elin Strand gäst', 'Elin Strand', { membership: 'gast' }],
    ['roll Elin Strand gast', 'Elin Strand', { membership: 'gast' }],
    ['ROLL TK ORDFÖRANDE', 'TK', { role: 'ordforande' }],
    ['role TK chair', 'TK', { role: 'ordforande' }],
    ['role TK secretary', 'TK', { role: 'sekreterare' }],
    ['role TK member', 'TK', { role: 'ledamot' }],
    ['role Elin guest', 'Elin', { membership: 'gast' }],
  ])('"%s" changes %s', (text, who, change) => {
    expect(parse(text)).toEqual({ kind: 'setRole', who, change });
  });

  it('rejects an unknown role word', () => {
    const error = invalid('roll TK rektor', 'setRole');
    expect(error.code).toBe('unknownRole');
    expect(error.params.value).toBe('TK rektor');
  });

  it('needs both a name and a role', () => {
    expect(invalid('roll ordförande', 'setRole').code).toBe('unknownRole');
    expect(invalid('roll TK', 'setRole').code).toBe('unknownRole');
    expect(invalid('roll', 'setRole').code).toBe('unknownRole');
  });
});

describe('parseCommand: agenda deadline', () => {
  const DEC_3 = { year: 2026, month: 12, day: 3 };

  it.each([
    ['deadline 3 dec 12.00', { hour: 12, minute: 0 }],
    ['deadline 3 dec kl 9.30', { hour: 9, minute: 30 }],
    ['deadline 3 dec kl. 9.30', { hour: 9, minute: 30 }],
    ['deadline 3 dec 15:45', { hour: 15, minute: 45 }],
    ['Deadline 3/12 kl 8.00', { hour: 8, minute: 0 }],
    ['sista dag 3 dec 10.00', { hour: 10, minute: 0 }],
  ])('"%s" sets the deadline to that date and time', (text, time) => {
    expect(parse(text)).toEqual({ kind: 'setDeadline', date: DEC_3, time });
  });

  it('defaults to 12.00 when no time is given', () => {
    expect(parse('deadline 3 dec')).toEqual({ kind: 'setDeadline', date: DEC_3, time: { hour: 12, minute: 0 } });
  });

  it('does not read a year as a time', () => {
    expect(parse('deadline 3 dec 2026')).toEqual({ kind: 'setDeadline', date: DEC_3, time: { hour: 12, minute: 0 } });
  });

  it('accepts a whole hour after "kl"', () => {
    expect(parse('deadline 3 dec kl 9')).toEqual({ kind: 'setDeadline', date: DEC_3, time: { hour: 9, minute: 0 } });
    expect(parse('deadline 3 dec kl. 15')).toEqual({ kind: 'setDeadline', date: DEC_3, time: { hour: 15, minute: 0 } });
  });

  it('reports dates it cannot use', () => {
    expect(invalid('deadline 31/11', 'setDeadline').code).toBe('dateNotExisting');
    expect(invalid('deadline snart', 'setDeadline').code).toBe('dateInvalid');
  });

  it('shows the deadline when asked without a date', () => {
    expect(parse('deadline')).toEqual({ kind: 'showDeadline' });
    expect(parse('Deadline?')).toEqual({ kind: 'showDeadline' });
  });

  it.each([
    ['deadline till 12 jan', { date: { year: 2027, month: 1, day: 12 }, time: { hour: 12, minute: 0 } }],
    ['deadline 3 dec kl 9', { date: { year: 2026, month: 12, day: 3 }, time: { hour: 9, minute: 0 } }],
    ['deadline: 3 dec 14.30', { date: { year: 2026, month: 12, day: 3 }, time: { hour: 14, minute: 30 } }],
    ['deadline 15 dec till 10 dec kl 12', { meetingDate: { year: 2026, month: 12, day: 15 }, date: { year: 2026, month: 12, day: 10 }, time: { hour: 12, minute: 0 } }],
    ['deadline för mötet 15 dec till 10 dec', { meetingDate: { year: 2026, month: 12, day: 15 }, date: { year: 2026, month: 12, day: 10 }, time: { hour: 12, minute: 0 } }],
    ['deadline for the meeting 15 Dec to 10 Dec at 9', { meetingDate: { year: 2026, month: 12, day: 15 }, date: { year: 2026, month: 12, day: 10 }, time: { hour: 9, minute: 0 } }],
  ])('understands "%s"', (text, expected) => {
    expect(parse(text)).toEqual({ kind: 'setDeadline', ...expected });
  });
});

describe('parseCommand: as people write them', () => {
  it.each([
    ['Kort kort: Glöm inte konferensen', { kind: 'addNotice', text: 'Glöm inte konferensen' }],
    ['kort, kort – Ny vikarierutin', { kind: 'addNotice', text: 'Ny vikarierutin' }],
    ['Punkt: Budget 2027', { kind: 'addItem', title: 'Budget 2027' }],
    ['dagordning tisdag', { kind: 'agenda', date: { year: 2026, month: 11, day: 24 } }],
    ['dagordning: 8 dec', { kind: 'agenda', date: DEC_8 }],
  ])('"%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('files an item for a meeting named with its date and time under that meeting, not in its title', () => {
    expect(parse('punkt Test till 2027-01-12 kl 13')).toEqual({ kind: 'addItem', title: 'Test', date: { year: 2027, month: 1, day: 12 } });
    expect(parse('punkt Bidrag till skolan till 8 dec 13.00')).toEqual({ kind: 'addItem', title: 'Bidrag till skolan', date: DEC_8 });
    expect(parse('punkt Bidrag till skolan')).toEqual({ kind: 'addItem', title: 'Bidrag till skolan' });
  });

  it('does not take a word that only begins like a keyword for it', () => {
    expect(parse('punkterna').kind).toBe('unknown');
    expect(parse('kort kortet').kind).toBe('unknown');
  });
});

describe('parseCommand: changing plans', () => {
  it.each([
    ['flytta punkt 7 till 15 dec', { kind: 'moveItem', number: 7, date: { year: 2026, month: 12, day: 15 } }],
    ['Flytta punkt nr 3 till tisdag', { kind: 'moveItem', number: 3, date: { year: 2026, month: 11, day: 24 } }],
    ['move item 2 to 15 Dec', { kind: 'moveItem', number: 2, date: { year: 2026, month: 12, day: 15 } }],
    ['ta bort punkt 7', { kind: 'removeItem', number: 7 }],
    ['stryk punkt 12.', { kind: 'removeItem', number: 12 }],
    ['remove item 4', { kind: 'removeItem', number: 4 }],
    ['flytta mötet till 15 dec', { kind: 'moveMeeting', date: { year: 2026, month: 12, day: 15 } }],
    ['flytta mötet 8 dec till 15 dec 9-12', { kind: 'moveMeeting', meetingDate: DEC_8, date: { year: 2026, month: 12, day: 15 }, start: { hour: 9, minute: 0 }, end: { hour: 12, minute: 0 } }],
    ['move meeting to 15 Dec', { kind: 'moveMeeting', date: { year: 2026, month: 12, day: 15 } }],
    ['ställ in mötet', { kind: 'cancelMeeting' }],
    ['stall in motet 8 dec', { kind: 'cancelMeeting', meetingDate: DEC_8 }],
    ['cancel meeting', { kind: 'cancelMeeting' }],
  ])('understands "%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    ['ta bort punkt Budget', 'removeItem', 'itemNumberMissing'],
    ['flytta punkt 7', 'moveItem', 'moveTargetMissing'],
    ['flytta punkt till 15 dec', 'moveItem', 'itemNumberMissing'],
    ['flytta punkt 7 till snart', 'moveItem', 'dateInvalid'],
    ['flytta mötet', 'moveMeeting', 'moveTargetMissing'],
    ['flytta mötet till 31/11', 'moveMeeting', 'dateNotExisting'],
    ['ställ in mötet imorgon bitti', 'cancelMeeting', 'dateInvalid'],
  ])('refuses "%s" with the right form', (text, command, code) => {
    expect(invalid(text, command).code).toBe(code);
  });
});

describe('parseCommand: anything else', () => {
  it.each(['hej', 'punkter', 'kort', 'mötet är inställt', 'Vad gör du?'])('"%s" is not a command', (text) => {
    expect(parse(text)).toEqual({ kind: 'unknown', text });
  });

  it('returns the unknown text tidied, for the "did not understand" reply', () => {
    expect(parse('  vad   gör du  ')).toEqual({ kind: 'unknown', text: 'vad gör du' });
  });

  it.each(['', '   ', '\n'])('empty text %j is unknown, not a command', (text) => {
    expect(parse(text)).toEqual({ kind: 'unknown', text: '' });
  });
});

describe('parseCommand: text too long to be a command', () => {
  it('refuses a message over 1000 characters before reading it, telling its length', () => {
    const result = parse(`punkt ${'Budget '.repeat(200)}`);
    expect(result).toMatchObject({ kind: 'invalid', error: { code: 'messageTooLong', params: { max: 1000, length: 1406 } } });
  });

  it('still reads a long but possible command', () => {
    expect(parse(`punkt ${'å'.repeat(255)} till 8 dec`)).toEqual({ kind: 'addItem', title: 'å'.repeat(255), date: DEC_8 });
  });

  it('quotes at most the start of a long text it cannot read', () => {
    const error = invalid(`roll ${'x'.repeat(500)} kung`, 'setRole');
    expect(String(error.params.value)).toHaveLength(61);
    expect(String(error.params.value)).toMatch(/^x+…$/);
  });
});

describe('parseCommand: the examples the bot gives in its replies', () => {
  const exampleIn = (text: string): string => /(?:exempel|example):? (.+)$/.exec(text)![1]!;

  it.each([
    ['sv titleMissing', sv.errors.titleMissing(), 'addItem'],
    ['en titleMissing', en.errors.titleMissing(), 'addItem'],
    ['sv noticeMissing', sv.errors.noticeMissing(), 'addNotice'],
    ['en noticeMissing', en.errors.noticeMissing(), 'addNotice'],
    ['sv placeMissing', sv.errors.placeMissing(), 'planMeeting'],
    ['en placeMissing', en.errors.placeMissing(), 'planMeeting'],
  ])('%s', (_label, message, kind) => {
    expect(parse(exampleIn(message)).kind).toBe(kind);
  });

  it('the kort, kort example keeps its whole text', () => {
    expect(parse(exampleIn(sv.errors.noticeMissing()))).toEqual({ kind: 'addNotice', text: 'Glöm inte anmälan till konferensen' });
    expect(parse(exampleIn(en.errors.noticeMissing()))).toEqual({ kind: 'addNotice', text: 'Remember to sign up for the conference' });
  });
});

describe('parseCommand with a clock instead of a date', () => {
  it('reads dates against the clock’s today, as the app calls it', () => {
    const clock = jest.fn(() => ({ year: 2026, month: 12, day: 20 }));
    expect(parseCommand('punkt Budget till 8/1', clock)).toEqual({ kind: 'addItem', title: 'Budget', date: { year: 2027, month: 1, day: 8 } });
    expect(clock).toHaveBeenCalledTimes(1);
  });

  it('does not need the clock for commands without a date', () => {
    const clock = jest.fn(() => TODAY);
    expect(parseCommand('hjälp', clock)).toEqual({ kind: 'help' });
    expect(parseCommand('roll TK SG', clock)).toMatchObject({ kind: 'setRole' });
    expect(clock).not.toHaveBeenCalled();
  });
});

describe('parseCommand: asking for feedback', () => {
  it.each([
    ['synpunkter Utkast till skolplan', 'Utkast till skolplan'],
    ['Synpunkter: Datum för konferensen', 'Datum för konferensen'],
    ['synpunkt Budget 2027', 'Budget 2027'],
    ['be om synpunkter på lokalförsörjningen', 'på lokalförsörjningen'],
    ['feedback Draft school plan', 'Draft school plan'],
    ['ask for feedback', ''],
    ['synpunkter', ''],
  ])('"%s" asks with the topic "%s"', (text, topic) => {
    expect(parse(text)).toEqual({ kind: 'askFeedback', topic });
  });
});
