import { parseClock, parseSwedishDate, TIME_RANGE } from '../../../../bot/src/domain/time/swedishDates';
import { TODAY } from '../fixtures';

const DEC_8 = { year: 2026, month: 12, day: 8 };

describe('parseSwedishDate', () => {
  it.each([
    '2026-12-08',
    '2026-12-8',
    '8/12',
    '08/12',
    '8/12-26',
    '8/12/2026',
    '8/12 2026',
    '8 dec',
    '8 dec.',
    '8 Dec',
    '8 december',
    '8 december 2026',
    'tisdag 8 december',
    'Tisdag, 8 december',
    'tis 8/12',
    'TISDAG 2026-12-08',
    'Tuesday 8 December',
    'tue 8 dec',
  ])('reads "%s" as Tuesday 8 December 2026', (text) => {
    expect(parseSwedishDate(text, TODAY)).toEqual({ ok: true, date: DEC_8 });
  });

  it('understands weekdays and months written with or without å/ä/ö', () => {
    expect(parseSwedishDate('lördag 12 december', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 12, day: 12 } });
    expect(parseSwedishDate('lordag 12 december', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 12, day: 12 } });
    expect(parseSwedishDate('söndag 13 dec', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 12, day: 13 } });
    expect(parseSwedishDate('måndag 14 dec', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 12, day: 14 } });
    expect(parseSwedishDate('5 maj', TODAY)).toEqual({ ok: true, date: { year: 2027, month: 5, day: 5 } });
    expect(parseSwedishDate('14 okt 2027', TODAY)).toEqual({ ok: true, date: { year: 2027, month: 10, day: 14 } });
  });

  describe('year inference', () => {
    it('keeps today in this year', () => {
      expect(parseSwedishDate('22/11', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 11, day: 22 } });
    });

    it('moves a date earlier than today to next year', () => {
      expect(parseSwedishDate('21/11', TODAY)).toEqual({ ok: true, date: { year: 2027, month: 11, day: 21 } });
      expect(parseSwedishDate('12 jan', TODAY)).toEqual({ ok: true, date: { year: 2027, month: 1, day: 12 } });
      expect(parseSwedishDate('tisdag 12 januari', TODAY)).toEqual({ ok: true, date: { year: 2027, month: 1, day: 12 } });
    });

    it('keeps a later date in this year', () => {
      expect(parseSwedishDate('31 dec', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 12, day: 31 } });
    });

    it('uses an explicit year as written, also a past one', () => {
      expect(parseSwedishDate('8/12 2025', TODAY)).toEqual({ ok: true, date: { year: 2025, month: 12, day: 8 } });
    });

    it('reads idag and imorgon from today, across a new year', () => {
      const newYearsEve = { year: 2026, month: 12, day: 31 };
      expect(parseSwedishDate('idag', newYearsEve)).toEqual({ ok: true, date: newYearsEve });
      expect(parseSwedishDate('IDAG', TODAY)).toEqual({ ok: true, date: TODAY });
      expect(parseSwedishDate('imorgon', newYearsEve)).toEqual({ ok: true, date: { year: 2027, month: 1, day: 1 } });
      expect(parseSwedishDate('tomorrow', TODAY)).toEqual({ ok: true, date: { year: 2026, month: 11, day: 23 } });
    });
  });

  describe('dates that do not exist', () => {
    it('accepts a leap day in a leap year', () => {
      expect(parseSwedishDate('29/2 2028', TODAY)).toEqual({ ok: true, date: { year: 2028, month: 2, day: 29 } });
      expect(parseSwedishDate('2028-02-29', TODAY)).toEqual({ ok: true, date: { year: 2028, month: 2, day: 29 } });
      expect(parseSwedishDate('29 feb 2028', TODAY)).toEqual({ ok: true, date: { year: 2028, month: 2, day: 29 } });
    });

    it.each(['29/2 2027', '2027-02-29', '2100-02-29', '31/2', '30 feb', '31/4', '31 nov', '0/12', '8/13', '32 dec', '2026-13-01'])(
      'rejects "%s" as not in the calendar',
      (text) => {
        expect(parseSwedishDate(text, TODAY)).toEqual({ ok: false, reason: 'dateNotExisting' });
      },
    );
  });

  it('reports a weekday that does not match, with the real weekday', () => {
    expect(parseSwedishDate('måndag 8 december 2026', TODAY)).toEqual({ ok: false, reason: 'weekdayMismatch', actualWeekday: 2 });
    expect(parseSwedishDate('fredag 2026-12-08', TODAY)).toEqual({ ok: false, reason: 'weekdayMismatch', actualWeekday: 2 });
  });

  it.each([
    ['tisdag', { year: 2026, month: 11, day: 24 }],
    ['Söndag', { year: 2026, month: 11, day: 22 }],
    ['lördag', { year: 2026, month: 11, day: 28 }],
    ['tuesday', { year: 2026, month: 11, day: 24 }],
  ])('"%s" alone is the next such day, today included (today is Sunday 22 November)', (text, date) => {
    expect(parseSwedishDate(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each(['', 'snart', 'nästa vecka', '8 december 26', '8 smarsch', '8', 'dec 8 2026 extra'])('"%s" is not a date', (text) => {
    expect(parseSwedishDate(text, TODAY)).toEqual({ ok: false, reason: 'notADate' });
  });
});

describe('parseClock', () => {
  it.each([
    ['13', { hour: 13, minute: 0 }],
    ['13.00', { hour: 13, minute: 0 }],
    ['13:30', { hour: 13, minute: 30 }],
    ['9.05', { hour: 9, minute: 5 }],
    ['kl 9', { hour: 9, minute: 0 }],
    ['kl. 9.30', { hour: 9, minute: 30 }],
    ['KL 8', { hour: 8, minute: 0 }],
    ['0.00', { hour: 0, minute: 0 }],
    ['23.59', { hour: 23, minute: 59 }],
  ])('reads "%s"', (text, time) => {
    expect(parseClock(text)).toEqual(time);
  });

  it.each(['24.00', '13.60', '9.5', '13.000', '', 'lunch', '-1', '1 3'])('rejects "%s"', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });
});

describe('TIME_RANGE', () => {
  const range = (text: string): string[] | undefined => {
    const match = TIME_RANGE.exec(text);
    return match ? [match[1]!, match[2]!] : undefined;
  };

  it('finds start and end in the usual ways of writing them', () => {
    expect(range('8 dec 13-16 Saturnus')).toEqual(['13', '16']);
    expect(range('8 dec 13.00–16.00 Saturnus')).toEqual(['13.00', '16.00']);
    expect(range('8 dec 13:00 — 16:30')).toEqual(['13:00', '16:30']);
    expect(range('8 dec kl. 9-12 Saturnus')).toEqual(['9', '12']);
  });

  it('does not take an ISO date for a time range', () => {
    expect(range('2026-12-08 Saturnus')).toBeUndefined();
    expect(range('2026-12-08 13-16 Saturnus')).toEqual(['13', '16']);
  });
});
