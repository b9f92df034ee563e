import { agendaCard } from '../../../bot/src/cards/agendaCard';
import { buildAgendaView } from '../../../bot/src/domain/agenda';
import type { AgendaItem, Presenter } from '../../../bot/src/domain/model';
import { actionData, cardText, expectValidCard, inputValue } from '../../support/cards/validateCard';
import { itemFixture, meetingFixture } from '../domain/fixtures';

const IF: Presenter = { name: 'Ingrid Falk', initials: 'IF', memberId: 'ingrid' };
const TK: Presenter = { name: 'Tove Kvist', initials: 'TK', memberId: 'tove' };
const MBH: Presenter = { name: 'Maja Berg Holm', initials: 'MBH', memberId: 'maja' };
const OA: Presenter = { name: 'Örjan Åkesson', initials: 'ÖÅ', memberId: 'orjan' };
const ELIN: Presenter = { name: 'Elin Strand', initials: 'ES' };

const meeting = meetingFixture();

/** A realistic agenda without decision items: 120 of 180 minutes planned. */
function items(): AgendaItem[] {
  return [
    itemFixture({ section: 'information', title: 'Elevhälsans årsrapport', presenters: [TK, MBH], minutes: 30, order: 3 }),
    itemFixture({ section: 'fast', title: 'Inledning', presenters: [IF], minutes: 10, order: 1 }),
    itemFixture({ section: 'fast', title: 'Ego-föredrag', presenters: [OA], minutes: 15, order: 2 }),
    itemFixture({ section: 'information', title: 'Ny rutin för tillbud', presenters: [ELIN], minutes: 20, late: true, order: 4 }),
    itemFixture({ section: 'diskussion', title: 'Kompetensdag i mars – förslag på datum', presenters: [IF], minutes: 45, order: 5 }),
    itemFixture({ section: 'kortkort', title: 'Anmälan till kompetensdagen stänger fredag', presenters: [OA], order: 6 }),
    itemFixture({ section: 'kortkort', title: 'Ny vikarierutin från januari', presenters: [TK], late: true, order: 7 }),
    itemFixture({ section: 'information', title: 'Lokalfrågan på Västra skolan', presenters: [TK], minutes: 60, status: 'flyttad', order: 8 }),
    itemFixture({ section: 'beslut', title: 'Ny resepolicy', presenters: [MBH], minutes: 20, status: 'avvisad', order: 9 }),
  ];
}

const build = (list: AgendaItem[], locale: 'sv' | 'en' = 'sv', extra: Partial<Parameters<typeof agendaCard>[0]> = {}) =>
  agendaCard({ groupName: 'Ledningsgruppen Norrby', view: buildAgendaView(meeting, list), locale, ...extra });

const lines = (card: unknown): string[] => cardText(card).split('\n');

/** Asserts the lines appear in this order (other lines may come between). */
function expectInOrder(card: unknown, expected: string[]): void {
  const all = lines(card);
  let from = 0;
  for (const line of expected) {
    const at = all.indexOf(line, from);
    if (at < 0) throw new Error(`"${line}" not found after line ${from} in:\n${all.join('\n')}`);
    from = at + 1;
  }
}

describe('agendaCard in Swedish', () => {
  const card = build(items());

  it('is a valid card Teams can render', () => {
    expectValidCard(card);
  });

  it('heads the agenda with the group, the date, the time, the place and the deadline', () => {
    expectInOrder(card, [
      'Dagordning – Ledningsgruppen Norrby',
      'Tisdag 8 december 2026, 13.00–16.00, Saturnus + Teams',
      'Sista dag för punkter: torsdag 3 december 2026 kl. 12.00',
    ]);
  });

  it('numbers the items through the sections in agenda order, headed as the group writes them, with presenters and minutes', () => {
    expectInOrder(card, [
      '1. Inledning',
      '(IF) · 10 min',
      '2. Ego-föredrag',
      '(ÖÅ) · 15 min',
      'BESLUT',
      'Inga beslutspunkter',
      'INFORMATION',
      '3. Elevhälsans årsrapport',
      '(TK, MBH) · 30 min',
      '4. Ny rutin för tillbud',
      '(ES) · 20 min · sent anmäld',
      'DISKUSSION',
      '5. Kompetensdag i mars – förslag på datum',
      '(IF) · 45 min',
      '6. KORT, KORT',
    ]);
  });

  it('closes with the closing standing items after kort, kort, and numbers two digits in a column wide enough', () => {
    const many = [
      ...items(),
      itemFixture({ section: 'fast', title: 'Summering och utcheckning', presenters: [IF], minutes: 10, order: 20 }),
      ...Array.from({ length: 6 }, (_, n) => itemFixture({ section: 'information', title: `Rapport ${n + 1}`, order: 10 + n })),
    ];
    const long = build(many);
    expectValidCard(long);
    expectInOrder(long, ['1. Inledning', 'INFORMATION', '8. Rapport 4', '10. Rapport 6', 'DISKUSSION', '11. Kompetensdag i mars – förslag på datum', '12. KORT, KORT', '13. Summering och utcheckning']);
    const widths = JSON.stringify(long).match(/"width":"\d+px"/g)!;
    expect(new Set(widths)).toEqual(new Set(['"width":"32px"']));
  });

  it('shows each item\'s description and document link', () => {
    const described = build([
      itemFixture({ section: 'beslut', title: 'Budget 2027', description: 'Förslag till ram för förskolan.', link: 'https://norrby.sharepoint.com/sites/lg/Budget (utkast).docx' }),
      itemFixture({ section: 'information', title: 'Lång beskrivning', description: 'ord '.repeat(200) }),
    ]);
    expectInOrder(described, ['1. Budget 2027', 'Förslag till ram för förskolan.', '[Underlag](https://norrby.sharepoint.com/sites/lg/Budget%20%28utkast%29.docx)']);
    const long = lines(described).find((line) => line.startsWith('ord ord'))!;
    expect(long.endsWith('…')).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(301);
  });

  it('lists the kort, kort notices with initials, marking a late one', () => {
    expectInOrder(card, ['6. KORT, KORT', '• Anmälan till kompetensdagen stänger fredag (ÖÅ)', '• Ny vikarierutin från januari (TK) – sent anmäld']);
  });

  it('lists moved and rejected items apart, unnumbered', () => {
    expectInOrder(card, ['Flyttade eller avvisade', 'Lokalfrågan på Västra skolan – flyttad', 'Ny resepolicy – avvisad']);
    expect(cardText(card)).not.toMatch(/\d+\. (Lokalfrågan|Ny resepolicy)/);
  });

  it('compares the planned time with the meeting, without a warning when it fits', () => {
    expect(lines(card)).toContain('Planerad tid: 2 tim av 3 tim');
    expect(cardText(card)).not.toContain('⚠️');
  });

  it('warns when the items need more time than the meeting has', () => {
    const over = build([...items(), itemFixture({ section: 'beslut', title: 'Budget 2027 för förskolan', presenters: [IF], minutes: 80, order: 0 })]);
    expectValidCard(over);
    expectInOrder(over, ['BESLUT', '3. Budget 2027 för förskolan', '(IF) · 1 tim 20 min', 'Planerad tid: 3 tim 20 min av 3 tim', '⚠️ 20 min mer än mötet rymmer']);
    expect(cardText(over)).not.toContain('Inga beslutspunkter');
  });

  it('does not warn when the agenda fills the meeting exactly', () => {
    const exactly = build([itemFixture({ section: 'beslut', title: 'Budget 2027', minutes: 180 })]);
    expect(lines(exactly)).toContain('Planerad tid: 3 tim av 3 tim');
    expect(cardText(exactly)).not.toContain('⚠️');
  });

  it('leaves out presenters and minutes that are not known yet', () => {
    const bare = build([itemFixture({ section: 'information', title: 'Skolvalet 2027', presenters: [], minutes: undefined })]);
    expectInOrder(bare, ['INFORMATION', '1. Skolvalet 2027', '2. KORT, KORT', 'Inga notiser ännu.']);
    expect(cardText(bare)).not.toMatch(/Skolvalet 2027\n\(/);
  });

  it('marks an item taken up again from an earlier meeting\'s minutes as a follow-up', () => {
    const card = build([itemFixture({ section: 'information', title: 'Rutin för lån av medarbetare', presenters: [TK], minutes: 15, followUpOf: 'item-10-nov' })]);
    expectInOrder(card, ['INFORMATION', '1. Rutin för lån av medarbetare', '(TK) · 15 min · uppföljning']);
  });

  it('says so when nothing has been submitted yet', () => {
    const empty = build([]);
    expectValidCard(empty);
    expectInOrder(empty, ['Inga punkter anmälda ännu.', 'BESLUT', 'Inga beslutspunkter', '1. KORT, KORT', 'Inga notiser ännu.', 'Planerad tid: 0 min av 3 tim']);
  });

  it('offers forms to add an item and a notice to this meeting', () => {
    expect(actionData(card, 'agenda.addItem')).toEqual({ meetingId: meeting.id, action: 'agenda.addItem' });
    expect(actionData(card, 'agenda.addNotice')).toEqual({ meetingId: meeting.id, action: 'agenda.addNotice' });
    expect(lines(card)).toEqual(expect.arrayContaining(['Lägg till punkt', 'Lägg till kort, kort', 'Rubrik, t.ex. Budget 2027']));
    expect(inputValue(card, 'title')).toBeUndefined();
  });

  it('shows the outcome of the last action and offers back what could not be saved', () => {
    const withDraft = build(items(), 'sv', { notice: { kind: 'attention', lines: ['Mötet har redan börjat eller är avslutat, så dagordningen kan inte ändras längre.'] }, drafts: { title: 'Budget 2027 för förskolan' } });
    expectValidCard(withDraft);
    expect(lines(withDraft)[0]).toBe('Mötet har redan börjat eller är avslutat, så dagordningen kan inte ändras längre.');
    expect(inputValue(withDraft, 'title')).toBe('Budget 2027 för förskolan');
  });
});

describe('agendaCard in English', () => {
  const card = build(items(), 'en');

  it('is valid and reads in English', () => {
    expectValidCard(card);
    expectInOrder(card, [
      'Agenda – Ledningsgruppen Norrby',
      'Tuesday 8 December 2026, 13:00–16:00, Saturnus + Teams',
      'Deadline for items: Thursday 3 December 2026 at 12:00',
      '1. Inledning',
      'DECISIONS',
      'No decision items',
      'INFORMATION',
      '4. Ny rutin för tillbud',
      '(ES) · 20 min · submitted late',
      'DISCUSSION',
      '6. QUICK NOTICES',
      'Moved or rejected',
      'Ny resepolicy – rejected',
      'Planned time: 2 h of 3 h',
    ]);
    expect(cardText(card)).not.toMatch(/Inga|Planerad|anmäld/);
  });
});
