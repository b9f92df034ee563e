import { inputIds, reminderInputs, reminderPlanCard, type ReminderFormText } from '../../cards/reminderPlanCard';
import { VERBS } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import { isCoordinator } from '../../domain/model';
import { readReminderSetting, REMINDER_KINDS, type ReminderSettings } from '../../domain/reminders';
import { StoreUnavailableError } from '../../domain/storage';
import { ValidationError } from '../../domain/validation';
import { formatTime } from '../../i18n/format';
import { messages } from '../../i18n';
import { failureLines } from '../failures';
import { together } from '../together';
import { replyLocale } from '../turn';
import { actorForGroup, asText, readAheadActor, readGroupId, type CardVerb } from './cardVerb';

/** "Spara påminnelser" on the reminder plan card: every kind's on/off, days and time, from the version the card showed. */
interface SaveReminders {
  groupId: string;
  version?: string;
  typed: ReminderFormText;
}

function readTyped(data: Record<string, unknown>): ReminderFormText {
  return Object.fromEntries(
    REMINDER_KINDS.map((kind) => {
      const ids = inputIds(kind);
      return [kind, { enabled: data[ids.enabled] === true || data[ids.enabled] === 'true', days: asText(data[ids.days]), time: asText(data[ids.time]) }];
    }),
  ) as ReminderFormText;
}

/** All problems of the form at once; nothing is saved unless every kind reads well. */
function settingsOf(typed: ReminderFormText): ReminderSettings {
  const problems: DomainError[] = [];
  const settings: Partial<ReminderSettings> = {};
  for (const kind of REMINDER_KINDS) {
    const setting = readReminderSetting(typed[kind]);
    if (Array.isArray(setting)) problems.push(...setting);
    else settings[kind] = setting;
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return settings as ReminderSettings;
}

export const saveReminders: CardVerb<SaveReminders> = {
  verb: VERBS.saveReminders,

  read: (data) => ({ groupId: readGroupId(data.groupId), version: typeof data.v === 'string' && data.v !== '' ? data.v : undefined, typed: readTyped(data) }),

  async handle(context, request) {
    const { services } = context;
    const actor = await actorForGroup(context, request.groupId, await readAheadActor(context));
    const locale = replyLocale(context.turn, actor.group);
    const canChange = isCoordinator(actor.member);
    const show = async (notice: { kind: 'good' | 'attention'; lines: string[] }, values?: ReminderFormText) => {
      const [plan, next] = await together([services.reminderPlans.current(actor.group.id), services.meetings.next(actor.group.id)]);
      const card = reminderPlanCard({
        groupId: actor.group.id, groupName: actor.group.name, settings: plan.settings, version: plan.version, canChange, next,
        now: services.deps.now(), locale, notice, values,
      });
      return { card, followUps: [] };
    };
    // Who may change the plan is settled before the form is read; a member sees the plan as it is.
    if (!canChange) return show({ kind: 'attention', lines: failureLines(new DomainError('notCoordinator'), locale, context.log, {}) });
    try {
      const settings = settingsOf(request.typed);
      const next = await services.meetings.next(actor.group.id);
      await services.reminderPlans.change(actor, settings, request.version, next);
      return await show({ kind: 'good', lines: [messages(locale).reminders.saved(formatTime(services.deps.now().toISOString(), locale))] });
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      const lines = failureLines(error, locale, context.log, { verb: VERBS.saveReminders });
      const conflict = error instanceof DomainError && error.code === 'reminderPlanChanged';
      return show({ kind: 'attention', lines }, conflict ? undefined : request.typed);
    }
  },

  retry: (request, locale) => ({
    data: { groupId: request.groupId, v: request.version ?? '' },
    inputs: REMINDER_KINDS.flatMap((kind) => reminderInputs(kind, request.typed[kind], locale)),
    button: { title: messages(locale).reminders.save, style: 'positive' },
  }),
};
