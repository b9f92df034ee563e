import { DomainError, type ErrorCode } from '../../../bot/src/domain/errors';
import { errorText, localeFrom, messages } from '../../../bot/src/i18n';

describe('localeFrom', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['sv-SE', 'sv'],
    ['fi-FI', 'sv'],
    ['eng', 'sv'],
    [undefined, 'sv'],
    ['', 'sv'],
  ])('%s → %s', (tag, locale) => {
    expect(localeFrom(tag)).toBe(locale);
  });
});

describe('error texts', () => {
  const codes = Object.keys(messages('sv').errors) as ErrorCode[];
  const params = { value: '31/2', max: 255, length: 300, date: '2026-12-08', weekday: 2, query: 'Maja', names: 'Maja Berg Holm (MBH), Maja Lund (ML)', title: 'Budget 2027' };

  it('has every error in both languages', () => {
    expect(Object.keys(messages('en').errors).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s reads as a sentence in both languages, with no placeholders left', (code) => {
    for (const locale of ['sv', 'en'] as const) {
      const text = errorText(new DomainError(code, params), locale);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('names the real weekday when the typed one does not match', () => {
    const error = new DomainError('weekdayMismatch', { value: 'måndag 8 december 2026', weekday: 2 });
    expect(errorText(error, 'sv')).toBe('"måndag 8 december 2026" stämmer inte: det datumet är en tisdag.');
    expect(errorText(error, 'en')).toBe('"måndag 8 december 2026" does not add up: that date is a Tuesday.');
  });

  it('writes out the date of an existing meeting', () => {
    expect(errorText(new DomainError('meetingExists', { date: '2026-12-08' }), 'sv')).toBe('Det finns redan ett möte tisdag 8 december 2026.');
  });

  it('tells the length limit of a place instead of asking for one', () => {
    expect(errorText(new DomainError('placeTooLong', { max: 255, length: 300 }), 'sv')).toMatch(/300.*255/);
  });
});
