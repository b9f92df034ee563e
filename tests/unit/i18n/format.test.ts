import {
  formatDate,
  formatDateCapitalized,
  formatDateTime,
  formatLocalDate,
  formatMinutes,
  formatTime,
  formatTimeRange,
  weekdayName,
} from '../../../bot/src/i18n/format';

// Tuesday 8 December 2026, 13.00–16.00 in Stockholm (winter time).
const START = '2026-12-08T12:00:00.000Z';
const END = '2026-12-08T15:00:00.000Z';

describe('dates', () => {
  it('writes the Swedish date with weekday, in lower case', () => {
    expect(formatDate(START, 'sv')).toBe('tisdag 8 december 2026');
  });

  it('writes the English date without a comma', () => {
    expect(formatDate(START, 'en')).toBe('Tuesday 8 December 2026');
  });

  it('capitalizes the Swedish date at the start of a line', () => {
    expect(formatDateCapitalized(START, 'sv')).toBe('Tisdag 8 december 2026');
  });

  it('uses the Stockholm date, not the UTC one, late in the evening', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z', 'sv')).toBe('fredag 1 januari 2027');
    expect(formatDate('2026-06-30T22:30:00.000Z', 'en')).toBe('Wednesday 1 July 2026');
  });

  it('writes a date the user typed (no time) as that same day', () => {
    expect(formatLocalDate('2026-12-08', 'sv')).toBe('tisdag 8 december 2026');
    expect(formatLocalDate('2027-03-28', 'en')).toBe('Sunday 28 March 2027');
  });
});

describe('times', () => {
  it('writes Swedish times with a point', () => {
    expect(formatTime(START, 'sv')).toBe('13.00');
    expect(formatTime('2026-12-08T08:05:00.000Z', 'sv')).toBe('09.05');
  });

  it('writes English times with a colon, 24-hour', () => {
    expect(formatTime(END, 'en')).toBe('16:00');
  });

  it('follows summer time', () => {
    expect(formatTime('2026-06-16T11:00:00.000Z', 'sv')).toBe('13.00');
  });

  it('writes midnight as 00.00', () => {
    expect(formatTime('2026-12-08T23:00:00.000Z', 'sv')).toBe('00.00');
  });

  it('writes a meeting time range with an en dash', () => {
    expect(formatTimeRange(START, END, 'sv')).toBe('13.00–16.00');
    expect(formatTimeRange(START, END, 'en')).toBe('13:00–16:00');
  });

  it('writes a deadline as date and clock time', () => {
    expect(formatDateTime('2026-12-03T11:00:00.000Z', 'sv')).toBe('torsdag 3 december 2026 kl. 12.00');
    expect(formatDateTime('2026-12-03T11:00:00.000Z', 'en')).toBe('Thursday 3 December 2026 at 12:00');
  });

  it('gives the same text when asked again', () => {
    expect(formatDate(START, 'sv')).toBe(formatDate(START, 'sv'));
    expect(formatDate(START, 'en')).not.toBe(formatDate(START, 'sv'));
  });
});

describe('weekdayName', () => {
  it('names weekdays in both languages, Sunday as 0', () => {
    expect(weekdayName(2, 'sv')).toBe('tisdag');
    expect(weekdayName(6, 'sv')).toBe('lördag');
    expect(weekdayName(0, 'en')).toBe('Sunday');
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, 'sv', '0 min'],
    [45, 'sv', '45 min'],
    [60, 'sv', '1 tim'],
    [170, 'sv', '2 tim 50 min'],
    [180, 'en', '3 h'],
    [95, 'en', '1 h 35 min'],
  ] as const)('%i minutes in %s is "%s"', (minutes, locale, text) => {
    expect(formatMinutes(minutes, locale)).toBe(text);
  });
});
