import { answersCsvText, csvCell } from '../../../bot/src/app/feedback/csv';
import { tallyOf, type FeedbackAnswer, type FeedbackRequest } from '../../../bot/src/domain/feedback';
import type { Member } from '../../../bot/src/domain/model';

/** The owner's CSV file: Excel reads its å, ä and ö, its quotes and line breaks, and never runs a typed formula. */
describe('the answers as CSV', () => {
  it.each([
    ['Ja', 'Ja'],
    ['Krockar med "Skolforum"; föreslår 25–26 april.', '"Krockar med ""Skolforum""; föreslår 25–26 april."'],
    ['rad ett\nrad två', '"rad ett\nrad två"'],
    ['=1+1', "'=1+1"],
    ['+46 70 123 45 67', "'+46 70 123 45 67"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("https://evil.example";"x")', '"\'=HYPERLINK(""https://evil.example"";""x"")"'],
    ['\t=cmd', "'\t=cmd"],
    ['a, b', '"a, b"'],
  ])('%j is the cell %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with a byte order mark, a header row, the answers by name and then who did not answer', () => {
    const request = { kind: 'yesNo', choices: [], audience: 'LG', namedMemberIds: [] } as unknown as FeedbackRequest;
    const member = (id: string, name: string): Member => ({ id, groupId: 'g', userId: `29:${id}`, name, initials: 'X', role: 'ledamot', membership: 'LG', version: '1' });
    const answer: FeedbackAnswer = { id: 'a', requestId: 'r', groupId: 'g', memberId: 'orjan', userId: '29:orjan', name: 'Örjan Åkesson', choice: 'nej', comment: 'Går inte.', answeredAt: '2026-07-01T08:00:00.000Z', changedAt: '2026-07-02T09:30:00.000Z', version: '1' };
    const text = answersCsvText(request, tallyOf(request, [member('orjan', 'Örjan Åkesson'), member('asa', 'Åsa Öberg')], [answer]), 'sv');
    expect(text).toBe('\uFEFFNamn;Svar;Kommentar;Svarade;Ändrade\r\nÖrjan Åkesson;Nej;Går inte.;2026-07-01 10:00;2026-07-02 11:30\r\nÅsa Öberg;(inget svar);;;\r\n');
  });
});
