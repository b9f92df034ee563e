import { agendaCallCard, meetingReminderCard, presenterNoteCard } from '../../../bot/src/cards/reminderCards';
import { reminderPlanCard } from '../../../bot/src/cards/reminderPlanCard';
import { buildAgendaView } from '../../../bot/src/domain/agenda';
import { DEFAULT_REMINDERS } from '../../../bot/src/domain/reminders';
import { cardText, expectValidCard, inputValue } from '../../support/cards/validateCard';
import { itemFixture, meetingFixture, NOW } from '../domain/fixtures';

const meeting = meetingFixture({ joinLink: 'https://teams.microsoft.com/l/meetup-join/x' });
const budget = itemFixture({ title: 'Budget 2027', section: 'beslut', minutes: 25, presenters: [{ name: 'Tove Kvist', initials: 'TK', memberId: 'tove' }], link: 'https://skolor.sharepoint.com/budget.docx' });
const routine = itemFixture({ title: 'Rutin för vikarier', section: 'information' });
const view = buildAgendaView(meeting, [routine, budget]);

describe('the reminder cards', () => {
  it.each(['sv', 'en'] as const)('are valid Adaptive Cards in %s', (locale) => {
    for (const { card } of [agendaCallCard({ groupName: 'LG', view, locale }), meetingReminderCard({ groupName: 'LG', view, locale }), presenterNoteCard({ item: budget, view, locale })]) {
      expectValidCard(card);
    }
  });

  it('puts the lead first and keeps the agenda card\'s Teams link and add buttons', () => {
    const { card, summary } = meetingReminderCard({ groupName: 'Ledningsgruppen', view, locale: 'sv' });
    expect(cardText(card).split('\n')[0]).toBe('Påminnelse: mötet är tisdag 8 december kl. 13.00, Saturnus + Teams.');
    expect(card.actions!.map((a) => a.title)).toEqual(['Anslut till mötet', 'Lägg till punkt', 'Lägg till kort, kort', 'Be om synpunkter']);
    expect(summary).toBe('Påminnelse: möte tisdag 8 december kl. 13.00');
  });

  it('tells a presenter the item\'s number on the agenda, its minutes and where to join', () => {
    const { card } = presenterNoteCard({ item: budget, view, locale: 'sv' });
    expect(cardText(card)).toBe(
      ['Du är föredragande', 'Punkt 1 på dagordningen: Budget 2027', 'Mötet: tisdag 8 december kl. 13.00, Saturnus + Teams', 'Din tid: 25 min', 'Anslut till mötet', 'Länk till underlag'].join('\n'),
    );
    expect(cardText(presenterNoteCard({ item: routine, view, locale: 'en' }).card)).toContain('Item 2 on the agenda: Rutin för vikarier\nThe meeting: Tuesday 8 December at 13:00, Saturnus + Teams\nNo time set yet');
  });
});

describe('the reminder plan card', () => {
  const input = { groupId: '19:lg@thread.tacv2', groupName: 'LG', settings: DEFAULT_REMINDERS, next: meeting, now: NOW };

  it('gives the chair and secretary a form with the plan filled in, and a save button', () => {
    const card = reminderPlanCard({ ...input, canChange: true, locale: 'sv' });
    expectValidCard(card);
    expect(inputValue(card, 'agendaCallEnabled')).toBe('true');
    expect(inputValue(card, 'agendaCallDays')).toBe(7);
    expect(inputValue(card, 'meetingReminderTime')).toBe('13:00');
    expect(card.actions!.map((a) => a.verb)).toEqual(['reminders.save']);
  });

  it('shows everyone else the plan without a form, in their language', () => {
    const card = reminderPlanCard({ ...input, canChange: false, locale: 'en' });
    expectValidCard(card);
    expect(inputValue(card, 'agendaCallDays')).toBeUndefined();
    expect(card.actions).toBeUndefined();
    expect(cardText(card)).toContain('Call for items\n7 days before the meeting at 09:00');
    expect(cardText(card)).toContain('Meeting reminder: Monday 7 December at 13:00');
  });
});
