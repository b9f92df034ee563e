import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard } from '../support/conversation';
import { ask, cardOf, channelCard, feedbackTeam, formValues, proactive, updatesOf } from '../support/feedback';
import { DEFAULT_NOW, startTestApp, type TestApp } from '../support/testApp';

/**
 * Feedback before a deadline, end to end: the real server, the Bot Connector emulator
 * and real adaptiveCard/action invokes (clicks, and the refreshes Teams sends by itself).
 * "Now" is Sunday 22 November 2026, 10.00; time moves only by the test clock, and each
 * scheduler pass runs as of it.
 */
describe('feedback before a deadline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(DEFAULT_NOW));

  const passAt = async (iso: string) => {
    await app.remindersIdle();
    app.clock.set(iso);
    return app.runReminders();
  };
  const DEADLINE = { deadlineDate: '2026-11-26', deadlineTime: '12:00' };

  it('asks with a form, and posts the request card in the channel with its deadline in Swedish and the count', async () => {
    const { team, secretary } = await feedbackTeam(app, 3);
    const form = onlyCard(await secretary.inChannel(team, 'synpunkter Utkast till skolplan'));
    expect(cardText(form)).toContain('Be om synpunkter');
    expect(formValues(form)).toMatchObject({ question: 'Utkast till skolplan', kind: 'text', deadlineDate: '2026-11-29', deadlineTime: '12:00', reminderHours: '24', audience: 'LG' });

    const created = await ask(secretary, team, 'Utkast till skolplan', {
      ...DEADLINE, kind: 'yesNo', description: 'Läs utkastet och säg om det kan gå till nämnden.', link: 'https://skolor.sharepoint.com/sites/lg/skolplan.docx',
    });
    expect(cardText(created)).toContain('Frågan är skapad och läggs ut i kanalen strax. Deadline torsdag 26 november kl. 12.00.');
    await app.remindersIdle();

    const [post] = proactive(app, team.generalChannelId);
    const card = cardOf(post);
    expect(post!.activity.summary).toBe('Synpunkter önskas: Utkast till skolplan');
    const text = cardText(card);
    expect(text).toContain('Synpunkter önskas');
    expect(text).toContain('Utkast till skolplan');
    expect(text).toContain('Frågan ställs av Sara Lindqvist.');
    expect(text).toContain('Svara senast torsdag 26 november kl. 12.00');
    expect(text).toContain('0 av 4 har svarat');
    expect(card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url).toBe('https://skolor.sharepoint.com/sites/lg/skolplan.docx');
    expect(card.refresh.action.verb).toBe('feedback.view');
    expect(card.refresh.userIds).toHaveLength(4);
    const answer = card.actions.find((a: { verb?: string }) => a.verb === 'feedback.answer');
    expect(answer.fallback).toMatchObject({ type: 'Action.Submit', data: { action: 'feedback.answer', shared: true } });
  });

  it('shows each person their own answer, to change until the deadline, and the owner everyone\'s', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 3);
    const [tomas, karin] = members;
    await ask(secretary, team, 'Konferensdatum', { ...DEADLINE, question: 'Passar 18–19 april för konferensen?', kind: 'yesNo' });
    await app.remindersIdle();
    const posted = channelCard(app, team);

    const own = await tomas!.sees(posted, team);
    expect(cardText(own)).toContain('Du har inte svarat ännu.');
    const { card: saved } = await tomas!.clicks('feedback.answer', { ...actionData(own, 'feedback.answer'), choice: 'nej', comment: 'Jag är på studieresa då.' }, team);
    expect(cardText(saved)).toContain('✔ Ditt svar är sparat 10.00. Du kan ändra det fram till deadline.');
    expect(cardText(saved)).toContain('Ditt svar: Nej – Jag är på studieresa då.');
    expect(inputValue(saved, 'choice')).toBe('nej');

    app.clock.set('2026-11-23T08:30:00Z');
    const { card: changed } = await tomas!.clicks('feedback.answer', { ...actionData(saved, 'feedback.answer'), choice: 'ja', comment: 'Resan är flyttad.' }, team);
    expect(cardText(changed)).toContain('Du svarade söndag 22 november kl. 10.00 och ändrade svaret måndag 23 november kl. 09.30.');
    await karin!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), choice: 'ja' }, team);
    await app.remindersIdle();

    const updated = channelCard(app, team);
    expect(cardText(updated)).toContain('2 av 4 har svarat');
    expect(cardText(updated)).not.toContain('Resan är flyttad.');
    expect(cardText(await tomas!.sees(updated, team))).toContain('Ditt svar: Ja – Resan är flyttad.');
    const owners = cardText(await secretary.sees(updated, team));
    expect(owners).toContain('Tomas Karlsson: Ja – Resan är flyttad.');
    expect(owners).toContain('Karin Karlsson: Ja');
    expect(owners).toMatch(/Har inte svarat: .*Sara Lindqvist/);
    const stored = await app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId);
    expect(stored.map((a) => [a.name, a.choice, a.answeredAt, a.changedAt]).sort()).toEqual([
      ['Karin Karlsson', 'ja', '2026-11-23T08:30:00.000Z', '2026-11-23T08:30:00.000Z'],
      ['Tomas Karlsson', 'ja', '2026-11-22T09:00:00.000Z', '2026-11-23T08:30:00.000Z'],
    ]);
  });

  it('stores one answer when Teams resends an invoke, and answers the copy with the same card', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 2);
    await ask(secretary, team, 'Rutin för tillbud', DEADLINE);
    await app.remindersIdle();
    const posted = channelCard(app, team);
    const invoke = { ...actionData(posted, 'feedback.answer'), comment: 'Bra, men lägg till vem som följer upp.' };
    const [first, again] = await Promise.all([members[0]!.clicks('feedback.answer', invoke, team), members[0]!.clicks('feedback.answer', invoke, team)]);
    const third = await members[0]!.clicks('feedback.answer', invoke, team);
    expect(again.card).toEqual(first.card);
    expect(third.card).toEqual(first.card);
    const answers = await app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId);
    expect(answers.map((a) => a.comment)).toEqual(['Bra, men lägg till vem som följer upp.']);
  });

  it('takes many members\' answers at once, one each, and the channel\'s card counts them all', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 16);
    await ask(secretary, team, 'Val av datum', { ...DEADLINE, kind: 'choice', choices: '18–19 april\n25–26 april\n2–3 maj' });
    await app.remindersIdle();
    const posted = channelCard(app, team);
    const data = actionData(posted, 'feedback.answer');
    const options = ['18–19 april', '25–26 april', '2–3 maj'];
    // Eight at a time, as people clicking within the same seconds.
    for (let at = 0; at < members.length; at += 8) {
      await Promise.all(members.slice(at, at + 8).map((m, n) => m.clicks('feedback.answer', { ...data, choice: options[(at + n) % 3]! }, team)));
    }
    await app.remindersIdle();
    const answers = await app.store.feedbackAnswers.listByRequest(data.requestId as string);
    expect(new Set(answers.map((a) => a.userId)).size).toBe(16);
    expect(answers).toHaveLength(16);
    expect(cardText(channelCard(app, team))).toContain('16 av 17 har svarat');
    expect(updatesOf(app, team.generalChannelId).length).toBeGreaterThanOrEqual(1);
  });

});
