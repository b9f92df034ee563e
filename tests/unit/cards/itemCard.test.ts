import { itemCard } from '../../../bot/src/cards/itemCard';
import { editableOf } from '../../../bot/src/domain/itemFields';
import type { AgendaItem } from '../../../bot/src/domain/model';
import { actionData, cardText, expectValidCard, inputValue } from '../../support/cards/validateCard';
import { itemFixture, meetingFixture } from '../domain/fixtures';

const meeting = meetingFixture();

function budgetItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return itemFixture({
    id: 'item-budget-2027',
    section: 'beslut',
    title: 'Budget 2027 för förskolan',
    presenters: [
      { name: 'Ingrid Falk', initials: 'IF', memberId: 'ingrid' },
      { name: 'Elin Strand', initials: 'ES' },
    ],
    minutes: 30,
    description: 'Förslag till ram för förskolans budget.\nBeslut om fördelning mellan områdena.',
    link: 'https://norrby.sharepoint.com/sites/lg/Delade%20dokument/budget-2027.docx',
    submittedAt: '2026-11-23T08:15:00.000Z',
    version: '3',
    ...overrides,
  });
}

const lines = (card: unknown): string[] => cardText(card).split('\n');
const sectionChoices = (card: { body: Record<string, unknown>[] }): string[] =>
  (card.body.find((e) => e.id === 'section')!.choices as { title: string }[]).map((c) => c.title);

describe('itemCard in Swedish', () => {
  const item = budgetItem();
  const card = itemCard({ item, meeting, locale: 'sv' });

  it('is a valid card Teams can render', () => {
    expectValidCard(card);
  });

  it('says which meeting, who submitted the item and when, and its status', () => {
    expect(lines(card)).toEqual(
      expect.arrayContaining([
        'Punkt till mötet tisdag 8 december 2026',
        'Budget 2027 för förskolan',
        'Anmäld av Tove Kvist, måndag 23 november 2026 kl. 09.15',
        'Status: anmäld',
      ]),
    );
    expect(cardText(card)).not.toContain('Sent anmäld');
  });

  it('fills in the form with the item as stored', () => {
    expect(inputValue(card, 'title')).toBe('Budget 2027 för förskolan');
    expect(inputValue(card, 'section')).toBe('beslut');
    expect(inputValue(card, 'presenters')).toBe('IF, Elin Strand');
    expect(inputValue(card, 'minutes')).toBe(30);
    expect(inputValue(card, 'description')).toBe('Förslag till ram för förskolans budget.\nBeslut om fördelning mellan områdena.');
    expect(inputValue(card, 'link')).toBe('https://norrby.sharepoint.com/sites/lg/Delade%20dokument/budget-2027.docx');
  });

  it('labels the fields in Swedish and offers every section', () => {
    expect(lines(card)).toEqual(
      expect.arrayContaining(['Rubrik', 'Avsnitt', 'Föredragande', 'Tid (minuter)', 'Kort beskrivning', 'Länk till underlag', 'Spara']),
    );
    expect(sectionChoices(card)).toEqual(['Fast punkt', 'Beslut', 'Information', 'Diskussion', 'Kort, kort']);
  });

  it('leaves the minutes unbounded on the card, so no client clamps them silently; the server explains instead', () => {
    const minutes = (card.body as Record<string, unknown>[]).find((e) => e.id === 'minutes');
    expect(minutes).toMatchObject({ type: 'Input.Number', label: 'Tid (minuter)' });
    expect(minutes).not.toHaveProperty('min');
    expect(minutes).not.toHaveProperty('max');
  });

  it('saves with the item id, the version shown and what the card showed, for merging', () => {
    expect(actionData(card, 'item.save')).toEqual({
      action: 'item.save',
      itemId: 'item-budget-2027',
      meetingId: meeting.id,
      v: '3',
      base: editableOf(item),
    });
  });

  it('leaves empty fields empty', () => {
    const bare = itemCard({ item: budgetItem({ presenters: [], minutes: undefined, description: undefined, link: undefined }), meeting, locale: 'sv' });
    expectValidCard(bare);
    expect(inputValue(bare, 'presenters')).toBe('');
    expect(inputValue(bare, 'minutes')).toBeUndefined();
    expect(inputValue(bare, 'description')).toBe('');
    expect(inputValue(bare, 'link')).toBe('');
  });

  it('tells that a late item is up to the chair', () => {
    const late = itemCard({ item: budgetItem({ late: true }), meeting, locale: 'sv' });
    expectValidCard(late);
    expect(lines(late)).toContain('Sent anmäld – ordföranden avgör om punkten tas upp.');
  });
});

describe('itemCard after a failed save', () => {
  const item = budgetItem();
  const card = itemCard({
    item,
    meeting,
    locale: 'sv',
    feedback: { kind: 'attention', lines: ['Kunde inte spara. Rätta och spara igen:', 'Länken ska vara en webbadress som börjar med https://'] },
    values: { title: 'Budget 2027 – reviderat förslag', minutes: '45', link: 'budget.docx', section: 'information' },
  });

  it('is valid and shows what went wrong first', () => {
    expectValidCard(card);
    expect(lines(card).slice(0, 2)).toEqual(['Kunde inte spara. Rätta och spara igen:', 'Länken ska vara en webbadress som börjar med https://']);
  });

  it('keeps what the user typed so nothing is lost', () => {
    expect(inputValue(card, 'title')).toBe('Budget 2027 – reviderat förslag');
    expect(inputValue(card, 'minutes')).toBe(45);
    expect(inputValue(card, 'link')).toBe('budget.docx');
    expect(inputValue(card, 'section')).toBe('information');
    // Fields the user did not send keep the stored values.
    expect(inputValue(card, 'presenters')).toBe('IF, Elin Strand');
  });

  it('still merges against the stored item, not against what was typed', () => {
    expect(actionData(card, 'item.save')).toMatchObject({ v: '3', base: editableOf(item) });
  });
});

describe('itemCard in English', () => {
  it('reads in English', () => {
    const card = itemCard({ item: budgetItem({ late: true, status: 'godkand' }), meeting, locale: 'en' });
    expectValidCard(card);
    expect(lines(card)).toEqual(
      expect.arrayContaining([
        'Item for the meeting on Tuesday 8 December 2026',
        'Submitted by Tove Kvist, Monday 23 November 2026 at 09:15',
        'Status: approved',
        'Submitted late – the chair decides whether it is taken up.',
        'Title',
        'Section',
        'Save',
      ]),
    );
    expect(sectionChoices(card)).toEqual(['Standing item', 'Decision', 'Information', 'Discussion', 'Quick notice']);
    expect(cardText(card)).not.toMatch(/Rubrik|Spara|Anmäld/);
  });
});
