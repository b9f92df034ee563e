import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, onlyText, type Person } from '../support/conversation';
import { ask, cardOf, channelCard, feedbackTeam, formValues, type FeedbackTeam } from '../support/feedback';
import type { TeamFixture } from '../support/teams/activities';
import { DEFAULT_NOW, startTestApp, type TestApp } from '../support/testApp';

/**
 * What people get wrong, or what a tampered card sends: each answered in Swedish in
 * the card, with what they typed still in it, and nothing stored half-way.
 * "Now" is Sunday 22 November 2026, 10.00 in Stockholm.
 */
describe('feedback with bad input', () => {
  let app: TestApp;
  let group: FeedbackTeam;
  let team: TeamFixture;
  let secretary: Person;
  beforeAll(async () => {
    app = await startTestApp();
    group = await feedbackTeam(app, 3, { guest: true });
    ({ team, secretary } = group);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(DEFAULT_NOW));

  const requestsOf = async () => (await app.store.feedbackRequests.listUnsettled()).filter((r) => r.groupId === team.teamId);

  describe('asking', () => {
    it.each([
      ['a deadline that has passed', { deadlineDate: '2026-11-21', deadlineTime: '12:00' }, 'Den deadline har redan varit. Välj en tid minst 10 minuter fram, så att alla hinner svara.'],
      ['a deadline five minutes away', { deadlineDate: '2026-11-22', deadlineTime: '10:05' }, 'Deadline måste vara minst 10 minuter fram i tiden, så att alla hinner svara.'],
      ['a date that does not exist', { deadlineDate: '2026-02-30', deadlineTime: '12:00' }, 'Jag förstår inte deadline "2026-02-30 12:00".'],
      ['an empty question', { question: '   ' }, 'Skriv frågan du vill ha synpunkter på, till exempel: Synpunkter på utkastet till skolplan'],
      ['21 choices', { kind: 'choice', choices: Array.from({ length: 21 }, (_, n) => `Alternativ ${n + 1}`).join('\n') }, 'Det går att välja mellan högst 20 alternativ (du skrev 21). Ta bort några.'],
      ['one choice', { kind: 'choice', choices: 'Bara ett' }, 'Skriv minst två alternativ att välja mellan, ett på varje rad.'],
      ['chosen people without anyone chosen', { audience: 'named', named: '' }, 'Välj minst en person som ska svara.'],
      ['a reminder 500 hours ahead', { reminderHours: '500' }, '"500" går inte att använda som påminnelse. Ange antal timmar före deadline, från 1 till 168.'],
      ['a link that is not a web address', { link: 'javascript:alert(1)' }, 'Länken ska vara en webbadress som börjar med https://'],
      ['an owner from another group', { owner: 'a0b1c2d3-0000-0000-0000-000000000000' }, 'Den som ska få svaren måste vara med i gruppen och inte vara gäst.'],
    ])('refuses %s, keeps the form as typed and stores nothing', async (_label, fields, message) => {
      const typed = { question: 'Remiss om skolskjutsreglerna', description: 'Svara senast, tack.', deadlineDate: '2026-11-30', deadlineTime: '12:00', ...fields };
      const card = await ask(secretary, team, 'Remiss', typed);
      const text = cardText(card);
      expect(text).toContain('Frågan kunde inte skapas. Rätta och skicka igen:');
      expect(text).toContain(message);
      for (const [field, value] of Object.entries(typed)) expect(formValues(card)[field]).toBe(value);
      expect(await requestsOf()).toEqual([]);
    });

    it('names every problem of the form at once', async () => {
      const card = await ask(secretary, team, 'x', { question: '', deadlineDate: '2026-11-01', deadlineTime: '12:00', kind: 'choice', choices: '' });
      const text = cardText(card);
      expect(text).toContain('Skriv frågan du vill ha synpunkter på');
      expect(text).toContain('Den deadline har redan varit.');
      expect(text).toContain('Skriv minst två alternativ att välja mellan');
      expect(await requestsOf()).toEqual([]);
    });

    it('does not let a guest ask', async () => {
      expect(onlyText(await group.guest!.inChannel(team, 'synpunkter Min fråga'))).toBe('Gäster kan inte be gruppen om synpunkter. Be ordföranden, sekreteraren eller en ledamot att göra det.');
      const form = onlyCard(await secretary.inChannel(team, 'synpunkter Fråga'));
      const { card } = await group.guest!.clicks('feedback.create', { ...actionData(form, 'feedback.create'), ...formValues(form) }, team);
      expect(cardText(card)).toContain('Gäster kan inte be gruppen om synpunkter.');
      expect(await requestsOf()).toEqual([]);
    });
  });

  describe('answering', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let posted: any;
    beforeAll(async () => {
      const [, karin] = group.members;
      const form = onlyCard(await secretary.inChannel(team, 'synpunkter Val av datum'));
      const karinId = (form.body.find((e: { id?: string }) => e.id === 'named').choices as { title: string; value: string }[]).find((c) => c.title === karin!.user.name)!.value;
      await ask(secretary, team, 'Val av datum', {
        deadlineDate: '2026-11-30', deadlineTime: '12:00', kind: 'choice', choices: '18–19 april\n25–26 april', audience: 'named', named: `${karinId},${formValues(form).owner}`,
      });
      await app.remindersIdle();
      posted = channelCard(app, team);
    });
    const answersNow = async () => app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId);

    it('refuses an answer over 4,000 characters and keeps all of it in the card', async () => {
      const long = `Mina synpunkter: ${'å'.repeat(4000)}`;
      const [, karin] = group.members;
      const { card } = await karin!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), choice: '25–26 april', comment: long }, team);
      expect(cardText(card)).toContain('Svaret är för långt (4017 tecken). Högst 4000 tecken – länka gärna till ett dokument i stället.');
      expect(inputValue(card, 'comment')).toBe(long);
      expect(inputValue(card, 'choice')).toBe('25–26 april');
      expect(await answersNow()).toEqual([]);
    });

    it('refuses someone the question is not addressed to, keeping what they wrote', async () => {
      const [tomas] = group.members;
      const { card } = await tomas!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), choice: '18–19 april', comment: 'Jag kan inte då.' }, team);
      expect(cardText(card)).toContain('Frågan är ställd till andra än dig, så du kan inte svara på den här.');
      expect(cardText(card)).toContain('18–19 april – Jag kan inte då.');
      expect(await answersNow()).toEqual([]);
      expect(posted.refresh.userIds).not.toContain(tomas!.user.id);
      expect(await tomas!.sees(posted, team)).toBe(posted);
    });

    it('refuses a choice the card never offered', async () => {
      const [, karin] = group.members;
      const { card } = await karin!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), choice: 'Kanske' }, team);
      expect(cardText(card)).toContain('"Kanske" är inget av alternativen. Välj ett av dem i kortet.');
      expect(await answersNow()).toEqual([]);
    });

    it.each([
      ['a request that no longer exists', 'feedback.answer', () => ({ requestId: crypto.randomUUID(), choice: '18–19 april' }), 'Frågan finns inte längre. Be den som ställde den om ett nytt kort.'],
      ['a tampered request id', 'feedback.answer', () => ({ requestId: '../../lists/x', choice: '18–19 april' }), 'Kortet innehåller uppgifter som inte stämmer.'],
      ['a verb no card has', 'feedback.delete', () => actionData(posted, 'feedback.answer'), 'Den knappen känner jag inte igen.'],
    ])('answers %s with a clear message', async (_label, verb, data, message) => {
      const [, karin] = group.members;
      const { card } = await karin!.clicks(verb, data(), team);
      expect(cardText(card)).toContain(message);
      expect(await answersNow()).toEqual([]);
    });

    it('keeps the channel\'s card shared when an old client answers with Action.Submit', async () => {
      const [, karin] = group.members;
      const submit = posted.actions.find((a: { verb?: string }) => a.verb === 'feedback.answer').fallback.data;
      const calls = await karin!.submits({ ...submit, choice: '25–26 april', comment: 'Helst den senare helgen.' }, 'activity-7', team);
      const update = calls.find((c) => c.kind === 'update');
      expect(update?.activityId).toBe('activity-7');
      const shared = cardText(cardOf(update));
      expect(shared).toContain(`✔ Svaret från ${karin!.user.name} är sparat.`);
      expect(shared).toContain('1 av 2 har svarat');
      expect(shared).not.toContain('Helst den senare helgen.');
      expect((await answersNow()).map((a) => [a.choice, a.comment])).toEqual([['25–26 april', 'Helst den senare helgen.']]);
    });
  });
});
