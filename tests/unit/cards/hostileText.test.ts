import { agendaCard } from '../../../bot/src/cards/agendaCard';
import { helpCard } from '../../../bot/src/cards/helpCard';
import { itemCard, itemFormInputs } from '../../../bot/src/cards/itemCard';
import { retryCard } from '../../../bot/src/cards/retryCard';
import { welcomeCard } from '../../../bot/src/cards/welcomeCard';
import { buildAgendaView } from '../../../bot/src/domain/agenda';
import { expectValidCard, inputValue, markdownTexts, plainTexts } from '../../support/cards/validateCard';
import { itemFixture, meetingFixture } from '../domain/fixtures';

/**
 * Text people typed reaches cards other members see. Whatever it contains, it must
 * show as typed and never act as Markdown: no link, no bold or italics, no list.
 */
const LINK = '[Klicka här](https://evil.example/login)';
const HOSTILE = {
  title: `${LINK} **Viktigt** _läs_`,
  notice: '- Glöm inte [formuläret](https://evil.example/form)',
  guest: '1. *Fake* Presenter',
  place: '[Jupiter](https://evil.example/karta)',
  group: '**Ledningsgruppen** [mer](https://evil.example)',
  person: '[Sara](https://evil.example/sara)',
};
const MARKDOWN_EFFECTS = ['evil.example', '](', '**', '_läs_', '*Fake*'];

function expectNoMarkdownEffect(card: unknown): void {
  expectValidCard(card);
  for (const text of markdownTexts(card)) {
    for (const effect of MARKDOWN_EFFECTS) expect(text).not.toContain(effect);
    expect(text).not.toMatch(/^\s*(?:[-*+]|\d+\.)\s/m);
  }
}

const meeting = meetingFixture({ place: HOSTILE.place });
const item = itemFixture({
  title: HOSTILE.title,
  presenters: [{ name: HOSTILE.guest, initials: HOSTILE.guest }],
  submittedByName: HOSTILE.person,
  description: `${LINK}\nandra raden`,
});
const notice = itemFixture({ id: 'notice-1', section: 'kortkort', title: HOSTILE.notice, presenters: [{ name: HOSTILE.person, initials: 'SL' }] });
const setAside = itemFixture({ id: 'moved-1', title: `${LINK} flyttad`, status: 'flyttad' });

describe('a card built from hostile text', () => {
  it('shows the agenda\'s titles, notices, presenters, place and group name as typed, without Markdown', () => {
    const card = agendaCard({
      groupName: HOSTILE.group,
      view: buildAgendaView(meeting, [item, notice, setAside]),
      locale: 'sv',
      notice: { kind: 'good', lines: [`Punkten "${HOSTILE.title}" är tillagd.`] },
      drafts: { title: HOSTILE.title },
    });
    expectNoMarkdownEffect(card);
    const shown = plainTexts(card).join('\n');
    for (const typed of [HOSTILE.title, HOSTILE.notice, HOSTILE.guest, HOSTILE.place, HOSTILE.group]) expect(shown).toContain(typed);
    expect(inputValue(card, 'title')).toBe(HOSTILE.title);
  });

  it('shows an item\'s title and submitter as typed, and keeps the form\'s values exactly as typed', () => {
    const card = itemCard({ item, meeting, locale: 'sv', feedback: { kind: 'attention', lines: [`Någon annan ändrade punkten "${HOSTILE.title}" samtidigt.`] } });
    expectNoMarkdownEffect(card);
    expect(plainTexts(card)).toContain(HOSTILE.title);
    expect(plainTexts(card).join('\n')).toContain(HOSTILE.person);
    expect(inputValue(card, 'title')).toBe(HOSTILE.title);
    expect(inputValue(card, 'presenters')).toBe(HOSTILE.guest);
    expect(inputValue(card, 'description')).toBe(`${LINK}\nandra raden`);
  });

  it('greets with the installer\'s name as typed', () => {
    expectNoMarkdownEffect(welcomeCard('sv', 'team', HOSTILE.person));
    expect(plainTexts(welcomeCard('sv', 'team', HOSTILE.person)).join('\n')).toContain(HOSTILE.person);
  });

  it('quotes a message it did not understand as typed', () => {
    expectNoMarkdownEffect(helpCard('sv', `Jag förstod inte "${LINK}". Här är vad jag kan:`));
  });

  it('keeps what was typed in a retry card as typed', () => {
    const inputs = itemFormInputs('sv', { title: HOSTILE.title, section: 'information', presenters: HOSTILE.guest, minutes: '', description: '', link: '' });
    const card = retryCard({ locale: 'sv', lines: ['Det gick inte att spara just nu.'], verb: 'item.save', data: { itemId: 'x' }, inputs, button: { title: 'Spara' } });
    expectNoMarkdownEffect(card);
    expect(inputValue(card, 'title')).toBe(HOSTILE.title);
  });
});
