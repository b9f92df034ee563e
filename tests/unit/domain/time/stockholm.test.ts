import {
  addDays,
  compareDates,
  fromStockholm,
  isExistingDate,
  isoDate,
  minutesBetween,
  toStockholm,
  weekdayOf,
  type LocalDate,
  type LocalTime,
} from '../../../../bot/src/domain/time/stockholm';

const at = (year: number, month: number, day: number, hour: number, minute = 0): [LocalDate, LocalTime] => [{ year, month, day }, { hour, minute }];

describe('fromStockholm', () => {
  it('places a summer meeting at UTC+2', () => {
    expect(fromStockholm(...at(2026, 6, 16, 13)).toISOString()).toBe('2026-06-16T11:00:00.000Z');
  });

  it('places a winter meeting at UTC+1', () => {
    expect(fromStockholm(...at(2026, 12, 8, 13)).toISOString()).toBe('2026-12-08T12:00:00.000Z');
  });

  it('uses the right offset on both sides of the spring change (29 March 2026)', () => {
    expect(fromStockholm(...at(2026, 3, 28, 13)).toISOString()).toBe('2026-03-28T12:00:00.000Z');
    expect(fromStockholm(...at(2026, 3, 29, 13)).toISOString()).toBe('2026-03-29T11:00:00.000Z');
    expect(fromStockholm(...at(2026, 3, 29, 1, 59)).toISOString()).toBe('2026-03-29T00:59:00.000Z');
  });

  it('resolves 02.30 on 29 March 2026, which the clocks skip, forward to 03.30', () => {
    const instant = fromStockholm(...at(2026, 3, 29, 2, 30));
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toStockholm(instant)).toMatchObject({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 });
  });

  it('uses the right offset on both sides of the autumn change (25 October 2026)', () => {
    expect(fromStockholm(...at(2026, 10, 24, 13)).toISOString()).toBe('2026-10-24T11:00:00.000Z');
    expect(fromStockholm(...at(2026, 10, 25, 13)).toISOString()).toBe('2026-10-25T12:00:00.000Z');
  });

  it('keeps the same wall-clock time for a fortnightly meeting across the change', () => {
    const before = toStockholm(fromStockholm(...at(2026, 10, 20, 13)));
    const after = toStockholm(fromStockholm(...at(2026, 11, 3, 13)));
    expect([before.hour, after.hour]).toEqual([13, 13]);
  });
});

describe('toStockholm', () => {
  it('gives the local date, time and weekday', () => {
    expect(toStockholm(new Date('2026-12-08T12:00:00Z'))).toEqual({ year: 2026, month: 12, day: 8, hour: 13, minute: 0, weekday: 2 });
  });

  it('moves to the next day and year when UTC is still on the old one', () => {
    expect(toStockholm(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, weekday: 5 });
  });

  it('writes midnight as hour 0, not 24', () => {
    expect(toStockholm(new Date('2026-06-30T22:00:00Z'))).toMatchObject({ year: 2026, month: 7, day: 1, hour: 0, minute: 0 });
  });

  it.each([
    at(2026, 1, 15, 8, 15),
    at(2026, 6, 16, 13),
    at(2026, 10, 25, 0, 0),
    at(2026, 10, 25, 12, 0),
    at(2026, 12, 31, 23, 59),
    at(2028, 2, 29, 16, 45),
  ])('round-trips %j', (date, time) => {
    expect(toStockholm(fromStockholm(date, time))).toEqual({ ...date, ...time, weekday: weekdayOf(date) });
  });
});

describe('calendar arithmetic', () => {
  it.each([
    [{ year: 2026, month: 11, day: 30 }, 1, { year: 2026, month: 12, day: 1 }],
    [{ year: 2026, month: 12, day: 31 }, 1, { year: 2027, month: 1, day: 1 }],
    [{ year: 2027, month: 1, day: 1 }, -1, { year: 2026, month: 12, day: 31 }],
    [{ year: 2028, month: 2, day: 28 }, 1, { year: 2028, month: 2, day: 29 }],
    [{ year: 2027, month: 2, day: 28 }, 1, { year: 2027, month: 3, day: 1 }],
    [{ year: 2026, month: 11, day: 24 }, 14, { year: 2026, month: 12, day: 8 }],
    [{ year: 2026, month: 12, day: 8 }, -5, { year: 2026, month: 12, day: 3 }],
  ])('addDays(%j, %i) is %j', (date, days, expected) => {
    expect(addDays(date, days)).toEqual(expected);
  });

  it('knows which dates exist', () => {
    expect(isExistingDate({ year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isExistingDate({ year: 2027, month: 2, day: 29 })).toBe(false);
    expect(isExistingDate({ year: 2026, month: 4, day: 31 })).toBe(false);
    expect(isExistingDate({ year: 2026, month: 0, day: 1 })).toBe(false);
    expect(isExistingDate({ year: 2026, month: 12, day: 0 })).toBe(false);
  });

  it('names weekdays with Sunday as 0', () => {
    expect(weekdayOf({ year: 2026, month: 11, day: 22 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 12, day: 8 })).toBe(2);
    expect(weekdayOf({ year: 2026, month: 12, day: 3 })).toBe(4);
  });

  it('orders dates', () => {
    expect(compareDates({ year: 2026, month: 12, day: 8 }, { year: 2027, month: 1, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2026, month: 12, day: 8 }, { year: 2026, month: 11, day: 30 })).toBeGreaterThan(0);
    expect(compareDates({ year: 2026, month: 12, day: 8 }, { year: 2026, month: 12, day: 8 })).toBe(0);
  });

  it('writes ISO dates with two-digit month and day', () => {
    expect(isoDate({ year: 2027, month: 1, day: 5 })).toBe('2027-01-05');
  });

  it('counts a meeting over the spring change in real minutes', () => {
    const start = fromStockholm(...at(2026, 3, 29, 0)).toISOString();
    const end = fromStockholm(...at(2026, 3, 29, 4)).toISOString();
    expect(minutesBetween(start, end)).toBe(180);
  });
});
