import { feedbackCard } from '../../../bot/src/cards/feedbackCard';
import { feedbackFormCard } from '../../../bot/src/cards/feedbackFormCard';
import { refreshTargets } from '../../../bot/src/app/feedback/views';
import { tallyOf, type FeedbackAnswer, type FeedbackRequest } from '../../../bot/src/domain/feedback';
import type { Member } from '../../../bot/src/domain/model';
import { cardText, expectValidCard, markdownTexts, plainTexts } from '../../support/cards/validateCard';

/** The request card's views, built from plain data. */
const member = (n: number): Member => ({ id: `m${n}`, groupId: 'g', userId: `29:user-${n}`, name: `Person ${String(n).padStart(2, '0')}`, initials: `P${n}`, role: 'ledamot', membership: 'LG', version: '1' });
const request: FeedbackRequest = {
  id: 'req-1', groupId: 'g', question: '[Klicka här](https://evil.example) **viktigt**', description: '- inte en lista', kind: 'choice', choices: ['18–19 april', '25–26 april'],
  deadline: '2026-11-26T11:00:00.000Z', reminderHours: 24, ownerMemberId: 'm0', ownerUserId: '29:user-0', ownerName: 'Person 00', audience: 'LG', namedMemberIds: [],
  createdByMemberId: 'm0', createdAt: '2026-11-22T09:00:00.000Z', version: '1',
};
const answerOf = (m: Member, comment: string): FeedbackAnswer => ({
  id: `a-${m.id}`, requestId: 'req-1', groupId: 'g', memberId: m.id, userId: m.userId, name: m.name, choice: '25–26 april', comment, answeredAt: '2026-11-22T09:00:00.000Z', changedAt: '2026-11-22T09:00:00.000Z', version: '1',
});

describe('the feedback request card', () => {
  it('refreshes for everyone asked and the owner when they are at most 60, and otherwise offers a button', () => {
    const sixty = Array.from({ length: 59 }, (_, n) => member(n + 1));
    expect(refreshTargets(request, sixty)).toEqual({ refreshFor: ['29:user-0', ...sixty.map((m) => m.userId)], showOwnButton: false });
    const more = [...sixty, member(60)];
    expect(refreshTargets(request, more)).toEqual({ refreshFor: ['29:user-0'], showOwnButton: true });
    const card = feedbackCard({ request, state: 'open', locale: 'sv', viewer: { kind: 'shared' }, tally: tallyOf(request, more, []), refreshFor: ['29:user-0'], showOwnButton: true });
    expectValidCard(card);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'feedback.view', data: { requestId: 'req-1' } }, userIds: ['29:user-0'] });
    expect(card.actions!.map((a) => a.title)).toEqual(['Skicka svar', 'Visa mitt svar']);
    expect(cardText(card)).toContain('0 av 60 har svarat');
  });

  it('shows what people typed only as text runs, never as Markdown', () => {
    const people = [member(1)];
    const card = feedbackCard({ request, state: 'open', locale: 'sv', viewer: { kind: 'owner', asked: false }, tally: tallyOf(request, people, [answerOf(people[0]!, '[länk](https://evil.example)')]) });
    expectValidCard(card);
    expect(plainTexts(card)).toEqual(expect.arrayContaining(['[Klicka här](https://evil.example) **viktigt**', '- inte en lista', 'Person 01: 25–26 april – [länk](https://evil.example)']));
    expect(markdownTexts(card).join('\n')).not.toMatch(/evil|viktigt|inte en lista/);
  });

  it('lists at most 40 answers for the owner, each comment cut at 300 characters', () => {
    const people = Array.from({ length: 45 }, (_, n) => member(n + 1));
    const card = feedbackCard({ request, state: 'closed', locale: 'sv', viewer: { kind: 'owner', asked: false }, tally: tallyOf(request, people, people.map((p) => answerOf(p, 'å'.repeat(4000)))), csvUrl: 'https://lg.skolor.se/api/feedback/req-1/answers.csv?expires=1&sig=x' });
    expectValidCard(card);
    const lines = plainTexts(card).filter((t) => t.startsWith('Person '));
    expect(lines).toHaveLength(40);
    expect(lines[0]).toBe(`Person 01: 25–26 april – ${'å'.repeat(300)}…`);
    expect(cardText(card)).toContain('… och 5 till. Alla svar finns i CSV-filen.');
    expect(cardText(card)).toContain('Alla har svarat.');
    expect(JSON.stringify(card).length).toBeLessThan(28_000);
  });

  it('shows a closed card with the result per option and no answer form', () => {
    const people = [member(1), member(2), member(3)];
    const card = feedbackCard({ request, state: 'closed', locale: 'sv', viewer: { kind: 'shared' }, tally: tallyOf(request, people, [answerOf(people[0]!, '')]) });
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Stängd torsdag 26 november kl. 12.00.');
    expect(text).toContain('1 av 3 har svarat');
    expect(text).toContain('18–19 april: 0');
    expect(text).toContain('25–26 april: 1');
    expect(JSON.stringify(card)).not.toContain('feedback.answer');
  });

  it('speaks English in an English group', () => {
    const card = feedbackCard({ request: { ...request, kind: 'yesNo', choices: [] }, state: 'open', locale: 'en', viewer: { kind: 'asked', answer: { ...answerOf(member(1), ''), choice: 'nej' } } });
    expect(cardText(card)).toContain('Answer by Thursday 26 November at 12:00');
    expect(cardText(card)).toContain('Your answer: No');
    expect(cardText(card)).toContain('Change answer');
  });
});

describe('the feedback form card', () => {
  it('offers the members and the meeting\'s items, and keeps what was typed', () => {
    const card = feedbackFormCard({
      groupId: '19:team@thread.tacv2', locale: 'sv', people: [{ id: 'm1', name: 'Tove Kvist' }], items: [{ id: 'i1', number: 3, title: 'Budget 2027' }],
      shown: { question: 'Fråga', description: '', link: '', kind: 'choice', choices: 'A\nB', deadlineDate: '2026-11-26', deadlineTime: '12:00', reminderHours: '24', owner: 'm1', audience: 'named', named: 'm1', itemId: 'i1' },
    });
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Tove Kvist');
    expect(text).toContain('3. Budget 2027');
    expect(text).toContain('Ingen punkt');
    expect(card.actions).toEqual([expect.objectContaining({ verb: 'feedback.create', data: { groupId: '19:team@thread.tacv2', action: 'feedback.create' } })]);
  });
});
