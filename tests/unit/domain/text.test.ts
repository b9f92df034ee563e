import { baseInitials, charLength, excerpt, foldForMatching, tidy, tidyLines, uniqueInitials } from '../../../bot/src/domain/text';

describe('baseInitials', () => {
  it.each([
    ['Maja Berg Holm', 'MBH'],
    ['Tove Kvist', 'TK'],
    ['Anna-Karin Ek', 'AKE'],
    ['Örjan Åkesson', 'ÖÅ'],
    ['åsa östlund', 'ÅÖ'],
    ['  Elin   Strand ', 'ES'],
  ])('%s → %s', (name, initials) => {
    expect(baseInitials(name)).toBe(initials);
  });

  it('gives "?" for a name without letters rather than empty initials', () => {
    expect(baseInitials('   ')).toBe('?');
  });
});

describe('uniqueInitials', () => {
  it('uses the plain initials when free', () => {
    expect(uniqueInitials('Karl Gran', new Set(['TK', 'MBH']))).toBe('KG');
  });

  it('adds the next letters of the last name on a clash', () => {
    expect(uniqueInitials('Karl Gran', new Set(['KG']))).toBe('KGr');
    expect(uniqueInitials('Kerstin Gustavsson', new Set(['KG']))).toBe('KGu');
    expect(uniqueInitials('Kerstin Gustavsson', new Set(['KG', 'KGu']))).toBe('KGus');
  });

  it('falls back to a number when the last name runs out', () => {
    expect(uniqueInitials('Bo Ek', new Set(['BE', 'BEk']))).toBe('BE2');
    expect(uniqueInitials('Bo Ek', new Set(['BE', 'BEk', 'BE2']))).toBe('BE3');
  });

  it('treats initials that only differ by å/ä/ö or case as taken, since matching ignores both', () => {
    // "AO" would find both Åsa Öberg (ÅÖ) and Anders Olsson; the newcomer must get initials of their own.
    const initials = uniqueInitials('Anders Olsson', new Set(['ÅÖ']));
    expect(foldForMatching(initials)).not.toBe(foldForMatching('ÅÖ'));
    expect(initials).toBe('AOl');
    expect(uniqueInitials('Kerstin Gustavsson', new Set(['KG', 'KGU']))).toBe('KGus');
  });
});

describe('foldForMatching', () => {
  it('lowercases, folds å/ä/ö and collapses white space', () => {
    expect(foldForMatching('  ÅSA   Östlund ')).toBe('asa ostlund');
    expect(foldForMatching('Möte')).toBe('mote');
    expect(foldForMatching('HJÄLP')).toBe('hjalp');
  });

  it('folds decomposed letters the same as composed ones (text pasted from a Mac)', () => {
    expect(foldForMatching('mo\u0308te')).toBe('mote');
  });
});

describe('tidy and charLength', () => {
  it('keeps the user letters and case but collapses white space', () => {
    expect(tidy('  Budget\n\t2027  för   Förskolan ')).toBe('Budget 2027 för Förskolan');
  });

  it('counts characters as the user sees them', () => {
    expect(charLength('Åsa 👋')).toBe(5);
  });
});

describe('excerpt', () => {
  it('keeps a short text and cuts a long one with an ellipsis, never inside a character', () => {
    expect(excerpt('Budget 2027')).toBe('Budget 2027');
    expect(excerpt('å'.repeat(70))).toBe(`${'å'.repeat(60)}…`);
    expect(excerpt(`${'a'.repeat(59)}👋👋`)).toBe(`${'a'.repeat(59)}…`);
  });
});

describe('hidden characters', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it.each(BIDI.map((ch) => [ch.codePointAt(0)!.toString(16).toUpperCase(), ch]))('tidy drops the bidirectional control U+%s', (_code, ch) => {
    expect(tidy(`Budget ${ch}7202${ch} klar`)).toBe('Budget 7202 klar');
  });

  it('tidy drops C0 and C1 controls but keeps white space as space', () => {
    expect(tidy('Bud\u0000get\u0007 2027\u001B[31m\u0085\u009F klar\tnu\r\nsen')).toBe('Budget 2027[31m klar nu sen');
  });

  it('tidyLines keeps line breaks and tabs, drops the rest, and writes line breaks as \\n', () => {
    expect(tidyLines('  Rad ett\u202E\r\n\tRad två\u0000\rRad tre\u000B  ')).toBe('Rad ett\n\tRad två\nRad tre');
  });
});
