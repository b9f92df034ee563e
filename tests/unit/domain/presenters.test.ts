import { DomainError } from '../../../bot/src/domain/errors';
import type { Member } from '../../../bot/src/domain/model';
import { parsePresenters, presentersText } from '../../../bot/src/domain/presenters';

const member = (id: string, name: string, initials: string): Member => ({
  id,
  groupId: 'group-norrby',
  userId: `29:${id}`,
  name,
  initials,
  role: 'ledamot',
  membership: 'LG',
  version: '1',
});

const tove = member('tove', 'Tove Kvist', 'TK');
const maja = member('maja', 'Maja Berg Holm', 'MBH');
const majaLund = member('maja-l', 'Maja Lund', 'ML');
const orjan = member('orjan', 'Örjan Åkesson', 'ÖÅ');
const members = [tove, maja, majaLund, orjan];
const asPresenter = (m: Member) => ({ name: m.name, initials: m.initials, memberId: m.id });

describe('parsePresenters', () => {
  it('matches members by initials, whatever the case', () => {
    expect(parsePresenters('TK', members)).toEqual([asPresenter(tove)]);
    expect(parsePresenters('mbh', members)).toEqual([asPresenter(maja)]);
  });

  it('splits "TK och MBH" into two members', () => {
    expect(parsePresenters('TK och MBH', members)).toEqual([asPresenter(tove), asPresenter(maja)]);
  });

  it.each(['TK, MBH', 'TK; MBH', 'TK / MBH', 'TK & MBH', 'TK and MBH', 'TK OCH MBH'])('splits "%s"', (raw) => {
    expect(parsePresenters(raw, members)).toEqual([asPresenter(tove), asPresenter(maja)]);
  });

  it('matches members by full name and by an unambiguous first name, with or without å/ä/ö', () => {
    expect(parsePresenters('Maja Berg Holm', members)).toEqual([asPresenter(maja)]);
    expect(parsePresenters('tove', members)).toEqual([asPresenter(tove)]);
    expect(parsePresenters('Orjan', members)).toEqual([asPresenter(orjan)]);
    expect(parsePresenters('oa', members)).toEqual([asPresenter(orjan)]);
  });

  it('does not pick one of two members who share a first name', () => {
    const [presenter] = parsePresenters('Maja', members) as { memberId?: string }[];
    expect(presenter!.memberId).toBeUndefined();
  });

  it('keeps a guest as written, with initials derived from the name', () => {
    expect(parsePresenters('Elin Strand', members)).toEqual([{ name: 'Elin Strand', initials: 'ES' }]);
  });

  it('keeps initials of someone not yet registered as initials', () => {
    expect(parsePresenters('EK', members)).toEqual([{ name: 'EK', initials: 'EK' }]);
  });

  it('mixes members and guests and drops repeats', () => {
    expect(parsePresenters('TK, Elin Strand och tk', members)).toEqual([asPresenter(tove), { name: 'Elin Strand', initials: 'ES' }]);
  });

  it('gives no presenters for an empty field', () => {
    expect(parsePresenters('', members)).toEqual([]);
    expect(parsePresenters(' , ', members)).toEqual([]);
    expect(parsePresenters(undefined, members)).toEqual([]);
  });

  it('rejects more than ten presenters', () => {
    const many = Array.from({ length: 11 }, (_, i) => `Gäst ${i + 1}`).join(', ');
    const error = parsePresenters(many, members);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('presentersTooLong');
    expect(parsePresenters(Array.from({ length: 10 }, (_, i) => `Gäst ${i + 1}`).join(', '), members)).toHaveLength(10);
  });

  it('rejects a presenter name longer than a name can be', () => {
    expect(parsePresenters('x'.repeat(101), members)).toBeInstanceOf(DomainError);
  });

  it('refuses a field longer than ten names could be before splitting it, telling its length', () => {
    const error = parsePresenters(`TK,${' '.repeat(1200)}MBH`, members);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('presentersTextTooLong');
    expect((error as DomainError).params).toEqual({ max: 1100, length: 1206 });
  });

  it('still splits around any amount of white space within the limit', () => {
    expect(parsePresenters(`TK${' '.repeat(400)},${' '.repeat(400)}MBH`, members)).toEqual([asPresenter(tove), asPresenter(maja)]);
  });
});

describe('presentersText', () => {
  it('lists initials as the agenda shows them', () => {
    expect(presentersText([asPresenter(tove), asPresenter(maja), { name: 'Elin Strand', initials: 'ES' }])).toBe('TK, MBH, ES');
    expect(presentersText([])).toBe('');
  });
});

describe('presenter names', () => {
  it('are kept without bidirectional controls', () => {
    expect(parsePresenters('Elin\u202E Strand\u2069', members)).toEqual([{ name: 'Elin Strand', initials: 'ES' }]);
  });
});
