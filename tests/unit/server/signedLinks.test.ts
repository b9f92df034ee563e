import { answersCsvPath, minutesDocxPath, SignedLinks } from '../../../bot/src/server/signedLinks';

/** The owner's CSV link: made by the server under its key, for one request, for a week. */
describe('signed links', () => {
  const links = new SignedLinks('k'.repeat(40), () => 'https://lg.skolor.se');
  const now = new Date('2026-11-26T11:00:00.000Z');
  const parts = (link: string) => {
    const url = new URL(link);
    return { path: url.pathname, expires: url.searchParams.get('expires') ?? '', sig: url.searchParams.get('sig') ?? '' };
  };

  it('opens for a week, then tells it expired', () => {
    const link = links.answersCsv('4f1c2d3e-0000-4000-8000-000000000001', now);
    expect(link).toMatch(/^https:\/\/lg\.skolor\.se\/api\/feedback\/4f1c2d3e-0000-4000-8000-000000000001\/answers\.csv\?expires=\d+&sig=[A-Za-z0-9_-]{43}$/);
    const { path, expires, sig } = parts(link);
    expect(links.check(path, expires, sig, new Date('2026-12-03T10:59:59.000Z'))).toBe('valid');
    expect(links.check(path, expires, sig, new Date('2026-12-03T11:00:00.000Z'))).toBe('expired');
  });

  it('is invalid for another request, another expiry, another key or a made-up signature', () => {
    const { path, expires, sig } = parts(links.answersCsv('4f1c2d3e-0000-4000-8000-000000000001', now));
    expect(links.check(answersCsvPath('4f1c2d3e-0000-4000-8000-000000000002'), expires, sig, now)).toBe('invalid');
    expect(links.check(path, String(Number(expires) + 86_400 * 365), sig, now)).toBe('invalid');
    expect(new SignedLinks('x'.repeat(40), () => '').check(path, expires, sig, now)).toBe('invalid');
    expect(links.check(path, expires, `${sig.slice(0, -1)}A`, now)).toBe('invalid');
    expect(links.check(path, expires, undefined, now)).toBe('invalid');
    expect(links.check(path, '1e12', sig, now)).toBe('invalid');
    // An expired forgery is still a forgery.
    expect(links.check(path, '1', 'AAAA', now)).toBe('invalid');
  });

  it('opens a meeting\'s minutes as Word for a quarter of an hour, for that version only', () => {
    const link = links.minutesDocx('9a8b7c6d-0000-4000-8000-000000000001', 2, now);
    expect(link).toMatch(/^https:\/\/lg\.skolor\.se\/api\/minutes\/9a8b7c6d-0000-4000-8000-000000000001\/v\/2\.docx\?expires=\d+&sig=[A-Za-z0-9_-]{43}$/);
    const { path, expires, sig } = parts(link);
    expect(links.check(path, expires, sig, new Date('2026-11-26T11:14:59.000Z'))).toBe('valid');
    expect(links.check(path, expires, sig, new Date('2026-11-26T11:15:00.000Z'))).toBe('expired');
    expect(links.check(minutesDocxPath('9a8b7c6d-0000-4000-8000-000000000001', 1), expires, sig, now)).toBe('invalid');
    // A feedback link's signature does not open minutes, nor the other way round.
    expect(links.check(answersCsvPath('9a8b7c6d-0000-4000-8000-000000000001'), expires, sig, now)).toBe('invalid');
  });
});
