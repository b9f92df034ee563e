import { DomainError } from '../../../bot/src/domain/errors';
import {
  checkDescription,
  checkLink,
  checkMinutes,
  checkNotice,
  checkPlace,
  checkSection,
  checkTitle,
  LIMITS,
  ValidationError,
} from '../../../bot/src/domain/validation';

const code = (value: unknown): string | undefined => (value instanceof DomainError ? value.code : undefined);

describe('checkTitle', () => {
  it('tidies the title and keeps its letters', () => {
    expect(checkTitle('  Budget   2027 för förskolan ')).toBe('Budget 2027 för förskolan');
  });

  it.each([undefined, null, '', '   ', 42])('asks for a title when given %j', (raw) => {
    expect(code(checkTitle(raw))).toBe('titleMissing');
  });

  it('accepts exactly the SharePoint limit and rejects one more, telling the length', () => {
    expect(checkTitle('å'.repeat(LIMITS.title))).toBe('å'.repeat(LIMITS.title));
    const error = checkTitle('å'.repeat(LIMITS.title + 1));
    expect(code(error)).toBe('titleTooLong');
    expect((error as DomainError).params).toEqual({ max: 255, length: 256 });
  });
});

describe('checkNotice', () => {
  it('tidies the notice', () => {
    expect(checkNotice(' Anmälan  stänger fredag ')).toBe('Anmälan stänger fredag');
  });

  it('asks for text when empty and rejects an over-long notice', () => {
    expect(code(checkNotice(''))).toBe('noticeMissing');
    expect(code(checkNotice('x'.repeat(LIMITS.notice + 1)))).toBe('noticeTooLong');
  });
});

describe('checkSection', () => {
  it.each(['fast', 'beslut', 'information', 'diskussion', 'kortkort'])('accepts %s', (section) => {
    expect(checkSection(section)).toBe(section);
  });

  it.each(['Beslut', 'okänd', '', undefined])('rejects %j', (raw) => {
    expect(code(checkSection(raw))).toBe('unknownSection');
  });
});

describe('checkMinutes', () => {
  it('leaves an empty field as "not estimated"', () => {
    expect(checkMinutes(undefined, 180)).toBeUndefined();
    expect(checkMinutes(null, 180)).toBeUndefined();
    expect(checkMinutes('  ', 180)).toBeUndefined();
  });

  it('reads whole minutes from text or numbers', () => {
    expect(checkMinutes('20', 180)).toBe(20);
    expect(checkMinutes(' 45 ', 180)).toBe(45);
    expect(checkMinutes(0, 180)).toBe(0);
    expect(checkMinutes(180, 180)).toBe(180);
  });

  it.each(['20.5', 'tjugo', '1e3', '20 min'])('rejects %j as minutes', (raw) => {
    expect(code(checkMinutes(raw, 180))).toBe('minutesInvalid');
  });

  it.each(['-5', '181', '500'])('refuses %j minutes, outside 0–180, instead of changing it', (raw) => {
    const error = checkMinutes(raw, 480);
    expect(code(error)).toBe('minutesOutOfRange');
    expect((error as DomainError).params).toEqual({ value: Number(raw), min: 0, max: 180 });
  });

  it('rejects more minutes than the meeting has', () => {
    const error = checkMinutes('90', 60);
    expect(code(error)).toBe('minutesTooLong');
    expect((error as DomainError).params).toEqual({ value: 90, max: 60 });
  });
});

describe('checkDescription', () => {
  it('keeps line breaks and trims the ends', () => {
    expect(checkDescription('  Första raden\nAndra raden  ')).toBe('Första raden\nAndra raden');
  });

  it('treats empty as no description', () => {
    expect(checkDescription('   ')).toBeUndefined();
    expect(checkDescription(undefined)).toBeUndefined();
  });

  it('rejects an over-long description', () => {
    expect(code(checkDescription('a'.repeat(LIMITS.description + 1)))).toBe('descriptionTooLong');
  });
});

describe('checkLink', () => {
  it('accepts web addresses', () => {
    expect(checkLink(' https://norrby.sharepoint.com/sites/lg/Delade%20dokument/budget.docx ')).toBe(
      'https://norrby.sharepoint.com/sites/lg/Delade%20dokument/budget.docx',
    );
    expect(checkLink('http://intranat.norrby.se/rutin')).toBe('http://intranat.norrby.se/rutin');
  });

  it('treats empty as no link', () => {
    expect(checkLink('')).toBeUndefined();
  });

  it.each([
    ['www.example.com', 'https://www.example.com'],
    ['skolor.sharepoint.com/sites/lg/Delade%20dokument/budget.docx', 'https://skolor.sharepoint.com/sites/lg/Delade%20dokument/budget.docx'],
    ['norrby.se:8443/rutin?x=1', 'https://norrby.se:8443/rutin?x=1'],
  ])('takes %s, pasted without a scheme, as an https link', (raw, link) => {
    expect(checkLink(raw)).toBe(link);
  });

  it.each(['javascript:alert(1)', 'file:///C:/budget.docx', 'ftp://norrby.se/x', 'budget.docx', 'Budget 2027.pdf', 'localhost:3000', `https://norrby.se/${'a'.repeat(LIMITS.link)}`])(
    'rejects %s',
    (raw) => {
      expect(code(checkLink(raw))).toBe('linkInvalid');
    },
  );
});

describe('ValidationError', () => {
  it('carries every problem so the user can fix them in one go', () => {
    const error = new ValidationError([new DomainError('titleMissing'), new DomainError('linkInvalid')]);
    expect(error.problems.map((p) => p.code)).toEqual(['titleMissing', 'linkInvalid']);
    expect(error.message).toBe('titleMissing, linkInvalid');
  });
});

describe('input far over its limit', () => {
  it('is refused with its length before it is tidied', () => {
    expect((checkTitle(' '.repeat(2000)) as DomainError).params).toEqual({ max: 255, length: 2000 });
    expect(code(checkNotice(' '.repeat(2000)))).toBe('noticeTooLong');
    expect(code(checkDescription(' '.repeat(20000)))).toBe('descriptionTooLong');
  });

  it('is still tidied when white space alone makes it long', () => {
    expect(checkTitle(`Budget${' '.repeat(600)}2027`)).toBe('Budget 2027');
  });

  it('is quoted back by its start only', () => {
    const section = checkSection('x'.repeat(5000)) as DomainError;
    expect(section.code).toBe('unknownSection');
    expect(String(section.params.value)).toBe(`${'x'.repeat(60)}…`);
    expect(String((checkMinutes('9'.repeat(5000), 180) as DomainError).params.value)).toBe(`${'9'.repeat(60)}…`);
  });
});

describe('stored text carries no hidden characters', () => {
  const RLO = '\u202E';
  const ISOLATE = '\u2067';

  it('in titles, notices, places and descriptions', () => {
    expect(checkTitle(`Löner ${RLO}fdp.exe${ISOLATE}`)).toBe('Löner fdp.exe');
    expect(checkNotice(`Anmälan${RLO} stänger\u0000 fredag`)).toBe('Anmälan stänger fredag');
    expect(checkPlace(`Jupiter${RLO} + Teams`)).toBe('Jupiter + Teams');
    expect(checkDescription(`Första raden${RLO}\nAndra\u0007 raden`)).toBe('Första raden\nAndra raden');
  });

  it('and a title of nothing but hidden characters is no title', () => {
    expect(code(checkTitle(`${RLO}\u0000${ISOLATE}`))).toBe('titleMissing');
  });
});
