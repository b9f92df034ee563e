import { formatDay, formatDayTime } from '../../../bot/src/i18n/format';

describe('a day and time in the coming weeks', () => {
  it('is written the Swedish way, without the year', () => {
    expect(formatDayTime('2026-12-08T12:00:00.000Z', 'sv')).toBe('tisdag 8 december kl. 13.00');
    expect(formatDay('2026-12-08T12:00:00.000Z', 'sv')).toBe('tisdag 8 december');
  });

  it('is written the English way for English readers', () => {
    expect(formatDayTime('2026-12-08T12:00:00.000Z', 'en')).toBe('Tuesday 8 December at 13:00');
  });

  it('keeps Stockholm time on both sides of the change to summer time', () => {
    expect(formatDayTime('2027-03-27T12:00:00.000Z', 'sv')).toBe('lördag 27 mars kl. 13.00');
    expect(formatDayTime('2027-03-29T11:00:00.000Z', 'sv')).toBe('måndag 29 mars kl. 13.00');
  });
});
