import type { Membership, Role } from '../domain/model';
import type { ReminderKind } from '../domain/reminders';
import type { Messages } from './sv';
import { formatDayTime, formatLocalDate, weekdayName } from './format';

type P = Record<string, string | number>;
const s = (value: unknown): string => String(value ?? '');

const ROLE_NAMES = { ordforande: 'chair', sekreterare: 'secretary', ledamot: 'member' } satisfies Record<Role, string>;
const MEMBERSHIP_NAMES = { LG: 'the leadership group', SG: 'the steering group', gast: 'guest' } satisfies Record<Membership, string>;
const REMINDER_NAMES = { agendaCall: 'The call for items', deadlineReminder: 'The deadline reminder', meetingReminder: 'The meeting reminder' } satisfies Record<ReminderKind, string>;
const reminderName = (kind: unknown): string => REMINDER_NAMES[kind as ReminderKind] ?? 'The reminder';

export const en: Messages = {
  sections: { fast: 'Standing items', beslut: 'Decisions', information: 'Information', diskussion: 'Discussion', kortkort: 'Quick notices' },
  sectionChoice: { fast: 'Standing item', beslut: 'Decision', information: 'Information', diskussion: 'Discussion', kortkort: 'Quick notice' },
  statuses: { anmald: 'submitted', godkand: 'approved', flyttad: 'moved', avvisad: 'rejected' },
  roles: ROLE_NAMES,
  memberships: MEMBERSHIP_NAMES,
  errors: {
    titleMissing: () => 'The item needs a title. For example: add item Budget 2027',
    titleTooLong: (p: P) => `The title is too long (${s(p.length)} characters). At most ${s(p.max)} – put the rest in the description.`,
    descriptionTooLong: (p: P) => `The description is too long (${s(p.length)} characters). At most ${s(p.max)} – link to a document instead.`,
    unknownSection: (p: P) => `"${s(p.value)}" is not a section of the agenda. Choose Decision, Information, Discussion, Quick notice or Standing item.`,
    minutesInvalid: (p: P) => `"${s(p.value)}" cannot be used as a duration. Give the minutes as a whole number, for example 20.`,
    minutesTooLong: (p: P) => `${s(p.value)} minutes is longer than the whole meeting (${s(p.max)} minutes).`,
    linkInvalid: () => 'The link must be a web address starting with https://',
    dateInvalid: (p: P) => `I do not understand the date "${s(p.value)}". Write for example 2026-12-08, 8/12, 8 Dec or Tuesday 8 December.`,
    dateNotExisting: (p: P) => `The date "${s(p.value)}" does not exist.`,
    weekdayMismatch: (p: P) => `"${s(p.value)}" does not add up: that date is a ${weekdayName(Number(p.weekday), 'en')}.`,
    timeInvalid: (p: P) => `I cannot find a time in "${s(p.value)}". Give start and end, for example 13.00-16.00.`,
    endBeforeStart: () => 'The meeting must end after it starts.',
    meetingInPast: () => 'That time has passed. Plan the meeting on a coming date.',
    placeMissing: () => 'Say where the meeting is held, for example: meeting 8 Dec 13-16 Jupiter + Teams',
    placeTooLong: (p: P) => `The place is too long (${s(p.length)} characters). At most ${s(p.max)}.`,
    meetingExists: (p: P) => `There is already a meeting on ${formatLocalDate(s(p.date), 'en')}.`,
    noUpcomingMeeting: () => 'No coming meeting is planned yet. The chair or secretary plans one with: meeting 8 Dec 13-16 Jupiter',
    noMeetingOnDate: (p: P) => `There is no meeting on ${formatLocalDate(s(p.date), 'en')}.`,
    meetingClosed: () => 'The meeting has started or is over, so its agenda can no longer change.',
    notCoordinator: () => 'Only the chair or the secretary can do that.',
    notAllowedToEdit: () => 'Only whoever submitted the item, its presenters, the chair or the secretary can change it.',
    notMember: () => 'You are not in any leadership group that uses Dagordning. Write to me in the group\'s channel first.',
    noGroup: () => 'I cannot find a leadership group for this conversation. Add Dagordning to the leadership group\'s team.',
    notInstalled: () =>
      'Dagordning is not installed in this team yet. Add the app to the team again – whoever does becomes the group\'s secretary – or ask the group\'s chair or secretary for help.',
    otherTenant: () => 'This comes from another organisation than the leadership group\'s and cannot be used here.',
    groupChatUnsupported: () => 'Dagordning is used in the leadership group\'s team or in a personal chat with me.',
    itemGone: () => 'The item no longer exists – it may have been removed. Ask for a new agenda with "agenda".',
    otherGroup: () => 'This card belongs to another group\'s meeting and cannot be used here.',
    badCardData: () => 'This card carries data that does not add up. Ask for a new card with "agenda".',
    unknownAction: () => 'I do not recognise that button. Ask for a new card with "agenda".',
    memberNotFound: (p: P) => `I cannot find anyone in the group called "${s(p.query)}".`,
    memberAmbiguous: (p: P) => `"${s(p.query)}" matches several people: ${s(p.names)}. Write the full name or the initials.`,
    unknownRole: (p: P) => `I do not understand "${s(p.value)}". Write: role <name> chair, secretary, member, LG, SG or guest.`,
    unknownLanguage: (p: P) => `I do not understand "${s(p.value)}". Write: language english or language swedish.`,
    lastCoordinator: () => 'The group must have at least one chair or secretary. Appoint someone else first, for example: role Tove secretary',
    concurrentEdit: (p: P) => `Someone else changed the item "${s(p.title)}" at the same time. The card now shows the latest – make your change again.`,
    noticeMissing: () => 'Write what the notice is about, for example: quick Remember to sign up for the conference',
    noticeTooLong: (p: P) => `A quick notice may be at most ${s(p.max)} characters (yours was ${s(p.length)}). Add an item instead.`,
    presentersTooLong: (p: P) => `Give at most ${s(p.max)} presenters, separated by commas.`,
    deadlineAfterMeeting: () => 'The deadline for items must be before the meeting.',
    joinLinkInvalid: (p: P) =>
      `"${s(p.value)}" cannot be used as the meeting's link. Paste the meeting's Teams link (https://teams.microsoft.com/…) or another web address starting with https://`,
    noMeetingToConfirm: () => 'There is no planned meeting whose agenda can be confirmed. Plan one first, for example: meeting 8 Dec 13-16 Jupiter',
    reminderDaysInvalid: (p: P) => `"${s(p.value)}" cannot be used as a number of days. Give a whole number from ${s(p.min)} to ${s(p.max)}.`,
    reminderTimeInvalid: (p: P) => `I do not understand the time "${s(p.value)}". Write for example 09:00 or 13.30.`,
    reminderTimeInPast: (p: P) =>
      `${reminderName(p.kind)} for the next meeting would go out ${p.when ? formatDayTime(s(p.when), 'en') : 'earlier'}, and that time has passed. Choose a time still to come, or turn the reminder off.`,
    reminderPlanChanged: () => 'Someone else changed the reminders at the same time. The card now shows the latest – make your change again.',
    storageUnavailable: () => 'Saving is not possible right now. Nothing was changed – try again in a moment.',
  },
  agenda: {
    title: (group: string) => `Agenda – ${group}`,
    deadline: (when: string) => `Deadline for items: ${when}`,
    noItems: 'No items submitted yet.',
    noDecisions: 'No decision items',
    late: 'submitted late',
    planned: (planned: string, total: string) => `Planned time: ${planned} of ${total}`,
    over: (over: string) => `⚠️ ${over} more than the meeting holds`,
    notices: 'Quick notices',
    noNotices: 'No notices yet.',
    setAside: 'Moved or rejected',
    addItem: 'Add item',
    addNotice: 'Add quick notice',
    itemTitlePlaceholder: 'Title, e.g. Budget 2027',
    noticePlaceholder: 'The notice in a sentence or two',
    add: 'Add',
    itemAdded: (title: string) => `The item "${title}" was added. Fill in the details in the card below.`,
    noticeAdded: (text: string) => `Quick notice added: "${text}".`,
  },
  item: {
    heading: (date: string) => `Item for the meeting on ${date}`,
    submitted: (name: string, when: string) => `Submitted by ${name}, ${when}`,
    late: 'Submitted late – the chair decides whether it is taken up.',
    status: (status: string) => `Status: ${status}`,
    title: 'Title',
    section: 'Section',
    presenters: 'Presenters',
    presentersPlaceholder: 'Initials or names, e.g. TK, MBH',
    minutes: 'Time (minutes)',
    minutesPlaceholder: 'E.g. 20',
    description: 'Short description',
    link: 'Link to documents',
    linkPlaceholder: 'https://…',
    save: 'Save',
    saved: (when: string) => `✔ Saved ${when}.`,
    fix: 'Could not save. Correct and save again:',
  },
  notice: {
    added: (text: string, initials: string, date: string) => `Quick notice added to the meeting on ${date}: "${text}" (${initials}).`,
  },
  meeting: {
    planned: (date: string, time: string, place: string, deadline: string) =>
      `The meeting is planned: ${date}, ${time}, ${place}. The deadline for items is ${deadline} – change it with "deadline <date> <time>".`,
    deadlineChanged: (date: string, deadline: string) => `The deadline for items for the meeting on ${date} is now ${deadline}.`,
  },
  language: {
    changed: 'From now on I write in English in the channel. In personal chats I follow each person\'s language in Teams.',
  },
  roleChange: {
    gained: (name: string, role: Role) => `${name} is now ${ROLE_NAMES[role]}.`,
    lost: (name: string, role: Role) => `${name} is no longer ${ROLE_NAMES[role]}.`,
    already: (name: string, role: Role) => `${name} is already ${ROLE_NAMES[role]}.`,
    membership: (name: string, membership: Membership) =>
      membership === 'gast' ? `${name} is now a guest of the group.` : `${name} now belongs to ${MEMBERSHIP_NAMES[membership]}.`,
  },
  help: {
    title: 'How to use Dagordning',
    intro: 'Write to me here or mention @Dagordning in the leadership group\'s channel.',
    commands: [
      ['agenda', 'shows the next meeting\'s agenda'],
      ['add item <title>', 'submits an item to the next meeting (add "to 8 Dec" for another meeting)'],
      ['quick <text>', 'adds a quick notice (kort, kort)'],
      ['meeting <date> <start>-<end> <place>', 'plans a meeting (chair/secretary), e.g. meeting 8 Dec 13-16 Jupiter + Teams'],
      ['deadline <date> <time>', 'changes the deadline for items for the next meeting (chair/secretary)'],
      ['role <name> chair|secretary|member', 'changes someone\'s role (chair/secretary); also LG, SG or guest'],
      ['language english|swedish', 'chooses the language of what I write in the channel (chair/secretary)'],
      ['help', 'shows this help'],
    ],
    english: 'Svenska fungerar också: dagordning, punkt, kort kort, möte, roll, hjälp.',
  },
  welcome: {
    title: 'Hello! I am Dagordning.',
    team: (installer: string) =>
      `I help the leadership group collect items and quick notices before its meetings. ${installer} added me and is the group's secretary until the roles are changed.`,
    personal: 'Here you can submit items and quick notices to your leadership group\'s meetings and see the agenda.',
  },
  common: {
    appName: 'Dagordning',
    defaultGroupName: 'Leadership group',
    unexpected: 'Something went wrong on my side. Nothing was changed – try again in a moment.',
    notUnderstood: (text: string) => `I did not understand "${text}". Here is what I can do:`,
  },
};
