import { RETRYABLE, retryDelayMs } from '../../../../bot/src/stores/sharepoint/retryPolicy';

describe('the Graph retry policy', () => {
  const policy = { maxRetries: 4, maxDelayMs: 30_000 };

  it('retries throttling and brief unavailability only', () => {
    expect([...RETRYABLE].sort()).toEqual([429, 503, 504]);
    for (const status of [400, 401, 403, 404, 409, 412, 500]) expect(RETRYABLE.has(status)).toBe(false);
  });

  it('waits as long as Retry-After asks, in seconds or as a date', () => {
    expect(retryDelayMs(policy, 0, '7')).toBe(7000);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryDelayMs(policy, 0, inTenSeconds)).toBeGreaterThan(8000);
    expect(retryDelayMs(policy, 0, inTenSeconds)).toBeLessThanOrEqual(10_000);
  });

  it('caps the wait, whatever the header says', () => {
    expect(retryDelayMs(policy, 0, '3600')).toBe(30_000);
    expect(retryDelayMs({ ...policy, maxDelayMs: 0 }, 0, '5')).toBe(0);
  });

  it('backs off exponentially with a little jitter when there is no header', () => {
    const first = retryDelayMs(policy, 0, null);
    const third = retryDelayMs(policy, 2, undefined);
    expect(first).toBeGreaterThanOrEqual(500);
    expect(first).toBeLessThan(750);
    expect(third).toBeGreaterThanOrEqual(2000);
    expect(third).toBeLessThan(2250);
    expect(retryDelayMs(policy, 30, null)).toBeLessThanOrEqual(30_000);
  });
});
