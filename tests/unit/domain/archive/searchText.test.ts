import { DomainError } from '../../../../bot/src/domain/errors';
import { prepareEntry, searchEntries } from '../../../../bot/src/domain/archive/search';
import type { ArchiveDoc, ArchiveEntry } from '../../../../bot/src/domain/archive/entry';
import { contextOf, foldForSearch, foldWithMap, matchText, readQuery } from '../../../../bot/src/domain/archive/searchText';

const finds = (text: string, query: string): boolean => matchText(foldForSearch(text), readQuery(query)) !== undefined;
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
};

describe('folding for search', () => {
  it('ignores case and å/ä/ö, é and ü, and spells æ, ø and ß out', () => {
    expect(foldForSearch('Åsa ÄNGSLÖV Öberg')).toBe('asa angslov oberg');
    expect(foldForSearch('Café Müller')).toBe('cafe muller');
    expect(foldForSearch('Ærø Straße')).toBe('aero strasse');
  });

  it('maps every folded offset back to the original text', () => {
    const { folded, originOf } = foldWithMap('Straße på Ærø');
    const at = folded.indexOf('aero');
    expect('Straße på Ærø'.slice(originOf(at), originOf(at + 4))).toBe('Ærø');
    const ss = folded.indexOf('strasse');
    expect('Straße på Ærø'.slice(originOf(ss), originOf(ss + 'strasse'.length))).toBe('Straße');
  });
});

describe('matching a query', () => {
  it('finds å/ä/ö typed as a/o and the other way round, in any case', () => {
    expect(finds('Skolgårdsmiljö och lärmiljö', 'SKOLGARDSMILJO')).toBe(true);
    expect(finds('Skolgardsmiljo', 'skolgårdsmiljö')).toBe(true);
    expect(finds('Förslag till beslut', 'forslag')).toBe(true);
  });

  it('finds the start of a word, and the later parts of compound words from four letters', () => {
    expect(finds('Budgetvolymer förskola 2027', 'budget')).toBe(true);
    expect(finds('Genomgång av budgetvolymer', 'volymer')).toBe(true);
    expect(finds('Förslaget presenterades', 'lag')).toBe(false);
    expect(finds('Nya lagen om skolval', 'lag')).toBe(true);
    expect(finds('Skolskjutsar', 'skjuts')).toBe(true);
  });

  it('needs every word of the query, wherever they stand in the text', () => {
    expect(finds('Rektorerna beslutade om budgeten', 'budget rektor')).toBe(true);
    expect(finds('Rektorerna beslutade', 'budget rektor')).toBe(false);
  });

  it('refuses a query too short, too long, without words or of too many words, in its own words', () => {
    expect(codeOf(() => readQuery('a'))).toBe('searchTooShort');
    expect(codeOf(() => readQuery('   '))).toBe('searchTooShort');
    expect(codeOf(() => readQuery(undefined))).toBe('searchTooShort');
    expect(codeOf(() => readQuery('x'.repeat(201)))).toBe('searchTooLong');
    expect(codeOf(() => readQuery('–– ??'))).toBe('searchNoWords');
    expect(codeOf(() => readQuery('ett två tre fyra fem sex sju åtta nio'))).toBe('searchTooManyWords');
    expect(readQuery('  Budget, budget BUDGET 2027  ')).toEqual({ text: 'Budget, budget BUDGET 2027', words: ['budget', '2027'] });
  });
});

describe('the context of a hit', () => {
  it('marks every hit in the original letters', () => {
    const { context, marks } = contextOf('Sjöberg och SJOBERG', readQuery('sjoberg'));
    expect(marks.map((m) => context.slice(m.start, m.end))).toEqual(['Sjöberg', 'SJOBERG']);
  });

  it('cuts a long text around the first hit, with the hit marked where it stands', () => {
    const text = `${'Inledande text om annat. '.repeat(40)}Här står skolskjutsen mitt i. ${'Avslutande text. '.repeat(40)}`;
    const { context, marks } = contextOf(text, readQuery('skolskjuts'));
    expect(context.length).toBeLessThanOrEqual(230);
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(marks).toHaveLength(1);
    expect(context.slice(marks[0]!.start, marks[0]!.end)).toBe('skolskjuts');
  });
});

describe('ranking hits', () => {
  const doc = (itemId: string, title: string, extra: Partial<ArchiveDoc> = {}): ArchiveDoc => ({ itemId, section: 'information', title, notes: [], decisions: [], ...extra });
  const entry = (meetingId: string, startsAt: string, docs: ArchiveDoc[]): ArchiveEntry => ({
    groupId: 'g', meetingId, startsAt, endsAt: startsAt, place: 'Jupiter', status: 'genomfort', publishedVersion: 1, versions: 1, indexedAt: startsAt, docs, version: '1',
  });

  it('puts hits at a word\'s start before hits inside a word, then newer meetings first', () => {
    const entries = [
      entry('old', '2025-03-01T12:00:00.000Z', [doc('a', 'Budget 2025')]),
      entry('new', '2026-11-10T12:00:00.000Z', [doc('b', 'Skolbudget 2027'), doc('c', 'Budget 2027')]),
      entry('newest', '2026-11-24T12:00:00.000Z', [doc('d', 'Om förskolans budget', { decisions: ['Budgeten antogs.'] })]),
    ].map(prepareEntry);
    const { hits, more } = searchEntries(entries, readQuery('budget'), 10);
    expect(hits.map((h) => h.itemId)).toEqual(['d', 'c', 'a', 'b']);
    // The decision is the item's best place for the hit.
    expect(hits[0]).toMatchObject({ kind: 'decision', context: 'Budgeten antogs.' });
    expect(more).toBe(false);
    const first = searchEntries(entries, readQuery('budget'), 2);
    expect(first.hits).toHaveLength(2);
    expect(first.more).toBe(true);
  });

  it('calls a kort kort item\'s hit a notice', () => {
    const [prepared] = [entry('m', '2026-11-10T12:00:00.000Z', [doc('n', 'Glöm inte konferensen', { section: 'kortkort' })])].map(prepareEntry);
    expect(searchEntries([prepared!], readQuery('konferens'), 10).hits[0]).toMatchObject({ kind: 'notice' });
  });
});
