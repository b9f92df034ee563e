import type { archiveErrorsSv, archiveSv, archiveUsageSv } from './archiveSv';

type P = Record<string, string | number>;
const s = (value: unknown): string => String(value ?? '');

export const archiveEn: typeof archiveSv = {
  decisionsFound: (query: string, count: number) => `${count === 1 ? 'One decision' : `${count} decisions`} about "${query}":`,
  decisionLine: (date: string, item: string, text: string) => `• ${date}, ${item}: ${text}`,
  itemNumbered: (number: number, title: string) => `item ${number} ${title}`,
  moreDecisions: (count: number) => `…and ${count} more. See them all in the tab's decision log.`,
  noDecisions: (query: string) => `No decisions found for "${query}".`,
  minutesLink: (date: string, url: string) => `The minutes of the meeting on ${date}: ${url}`,
};

export const archiveErrorsEn: typeof archiveErrorsSv = {
  searchTooShort: (p: P) => `Type at least ${s(p.min)} characters to search for.`,
  searchTooLong: (p: P) => `The search is too long (${s(p.length)} characters). At most ${s(p.max)}.`,
  searchNoWords: () => 'Type a word to search for, for example budget.',
  searchTooManyWords: (p: P) => `Search with at most ${s(p.max)} words (you typed ${s(p.length)}).`,
  termInvalid: (p: P) => `"${s(p.value)}" is not a term. Write for example ht2026 for the autumn term 2026 or vt2027 for the spring term 2027.`,
  archiveNotForGuests: () => 'The archive is for the leadership and steering groups. As a guest you see the items you present.',
  notActionOwner: () => 'Only the action\'s owner, the chair or the secretary can mark it done.',
  noPublishedMinutes: (p: P) => (p.date ? `No minutes are published from a meeting on ${s(p.date)}.` : 'No minutes are published yet.'),
};

export const archiveUsageEn: typeof archiveUsageSv = {
  searchDecisions: 'Write for example: decisions budget',
  minutesLink: 'Write for example: minutes, or minutes 10 nov',
};

export const archiveHelpEn: [string, string][] = [
  ['decisions budget', 'searches the group\'s decisions in published minutes'],
  ['minutes 10 nov', 'links to the minutes of that day\'s meeting in the tab; without a date the latest published'],
];
