import { type DomainError } from '../../../bot/src/domain/errors';
import { checkDeadline, readAnswer, readFeedbackForm, type FeedbackFormText } from '../../../bot/src/domain/feedbackForms';
import type { Member } from '../../../bot/src/domain/model';
import { type ValidationError } from '../../../bot/src/domain/validation';

/** The request form and the answer form, read from whatever a card sends back. */
const NOW = new Date('2026-11-22T09:00:00.000Z');
const member = (id: string, extra: Partial<Member> = {}): Member => ({ id, groupId: 'g', userId: `29:${id}`, name: id, initials: id.slice(0, 2).toUpperCase(), role: 'ledamot', membership: 'LG', version: '1', ...extra });
const maja = member('maja', { role: 'sekreterare' });
const members = [maja, member('tove'), member('sven', { membership: 'SG' }), member('elsa', { membership: 'gast' })];

const form = (fields: Partial<FeedbackFormText> = {}): FeedbackFormText => ({
  question: 'Passar 18–19 april?', description: '', link: '', kind: 'yesNo', choices: '', deadlineDate: '2026-11-26', deadlineTime: '12:00', reminderHours: '',
  owner: '', audience: 'LG', named: '', itemId: '', ...fields,
});
const problems = (fields: Partial<FeedbackFormText>): string[] => {
  try {
    readFeedbackForm(form(fields), { now: NOW, actor: maja, members });
  } catch (error) {
    return (error as ValidationError).problems.map((p) => p.code);
  }
  return [];
};

describe('the feedback request form', () => {
  it('reads a choice question: options one a line, blank lines skipped, the asker as owner', () => {
    const fields = readFeedbackForm(form({ kind: 'choice', choices: ' 18–19 april \n\n25–26 april\r\n2–3 maj ', reminderHours: '48', question: '  Datum  för   konferensen ' }), { now: NOW, actor: maja, members });
    expect(fields).toMatchObject({ question: 'Datum för konferensen', kind: 'choice', choices: ['18–19 april', '25–26 april', '2–3 maj'], reminderHours: 48, ownerMemberId: 'maja', audience: 'LG' });
    expect(fields.deadline.toISOString()).toBe('2026-11-26T11:00:00.000Z');
  });

  it('sets the deadline in Stockholm time, summer time included', () => {
    expect(checkDeadline('2027-04-12', '12:00', NOW)).toEqual(new Date('2027-04-12T10:00:00.000Z'));
    expect((checkDeadline('2026-11-22', '10:09', NOW) as DomainError).code).toBe('feedbackDeadlineTooSoon');
    expect(checkDeadline('2026-11-22', '10:10', NOW)).toEqual(new Date('2026-11-22T09:10:00.000Z'));
    expect((checkDeadline('2028-01-01', '12:00', NOW) as DomainError).code).toBe('feedbackDeadlineTooFar');
    expect((checkDeadline('12/11', '12', NOW) as DomainError).code).toBe('feedbackDeadlineInvalid');
  });

  it.each([
    [{ kind: 'choice', choices: 'A\na' }, ['feedbackChoiceDuplicate']],
    [{ kind: 'choice', choices: `A\n${'b'.repeat(101)}` }, ['feedbackChoiceTooLong']],
    [{ kind: 'maybe' }, ['feedbackKindInvalid']],
    [{ audience: 'everyone' }, ['feedbackAudienceInvalid']],
    [{ audience: 'named', named: 'tove,elsa' }, ['feedbackNamedInvalid']],
    [{ owner: 'elsa' }, ['feedbackOwnerInvalid']],
    [{ itemId: '../x' }, ['feedbackItemInvalid']],
    [{ question: 'x'.repeat(256) }, ['feedbackQuestionTooLong']],
    [{ reminderHours: '0' }, ['feedbackReminderInvalid']],
    [{ kind: 'text', choices: Array.from({ length: 30 }, (_, n) => String(n)).join('\n') }, []],
  ])('finds %j wrong: %j', (fields, codes) => {
    expect(problems(fields as Partial<FeedbackFormText>)).toEqual(codes);
  });
});

describe('an answer', () => {
  const yesNo = { kind: 'yesNo' as const, choices: [] };
  const code = (run: () => unknown): string[] => {
    try {
      run();
    } catch (error) {
      return (error as ValidationError).problems.map((p) => p.code);
    }
    return [];
  };

  it('takes yes or no with an optional comment, without hidden characters', () => {
    expect(readAnswer(yesNo, { choice: 'ja', comment: '  Passar \u202Ebra\u202C.\r\n' })).toEqual({ choice: 'ja', comment: 'Passar bra.' });
    expect(readAnswer(yesNo, { choice: 'nej', comment: '' })).toEqual({ choice: 'nej' });
  });

  it.each([
    [yesNo, { choice: '', comment: 'x' }, ['feedbackChoiceMissing']],
    [yesNo, { choice: 'kanske', comment: '' }, ['feedbackChoiceInvalid']],
    [{ kind: 'text' as const, choices: [] }, { choice: '', comment: '   ' }, ['feedbackAnswerMissing']],
    [{ kind: 'text' as const, choices: [] }, { choice: '', comment: 'å'.repeat(4001) }, ['feedbackAnswerTooLong']],
    [{ kind: 'choice' as const, choices: ['A', 'B'] }, { choice: 'C', comment: 'x'.repeat(4001) }, ['feedbackAnswerTooLong', 'feedbackChoiceInvalid']],
  ])('refuses %j %j with %j', (request, answer, codes) => {
    expect(code(() => readAnswer(request, answer))).toEqual(codes);
  });
});
