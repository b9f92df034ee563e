import type { ErrorCode } from '../domain/errors';

type P = Record<string, string | number>;
const s = (value: unknown): string => String(value ?? '');

/** The archive: terms, search and the decision log, the follow-up of actions, and the chat's `beslut` and `protokoll`. */
export const archiveSv = {
  decisionsFound: (query: string, count: number) => `${count === 1 ? 'Ett beslut' : `${count} beslut`} om "${query}":`,
  decisionLine: (date: string, item: string, text: string) => `• ${date}, ${item}: ${text}`,
  itemNumbered: (number: number, title: string) => `punkt ${number} ${title}`,
  moreDecisions: (count: number) => `…och ${count} till. Se alla i flikens Beslutslogg.`,
  noDecisions: (query: string) => `Inga beslut hittades för "${query}".`,
  minutesLink: (date: string, url: string) => `Anteckningarna från mötet ${date}: ${url}`,
};

/** The archive's refusals, looked up by their codes among all the errors. */
export const archiveErrorsSv = {
  searchTooShort: (p: P) => `Skriv minst ${s(p.min)} tecken att söka efter.`,
  searchTooLong: (p: P) => `Sökningen är för lång (${s(p.length)} tecken). Högst ${s(p.max)} tecken.`,
  searchNoWords: () => 'Skriv ett ord att söka efter, till exempel budget.',
  searchTooManyWords: (p: P) => `Sök med högst ${s(p.max)} ord (du skrev ${s(p.length)}).`,
  termInvalid: (p: P) => `"${s(p.value)}" är ingen termin. Skriv till exempel ht2026 för hösttermin 2026 eller vt2027 för vårtermin 2027.`,
  archiveNotForGuests: () => 'Arkivet är till för ledningsgruppen och styrgruppen. Som gäst ser du de punkter du själv föredrar.',
  notActionOwner: () => 'Bara den som har åtgärden, ordförande eller sekreterare kan markera den som klar.',
  noPublishedMinutes: (p: P) => (p.date ? `Det finns inga publicerade anteckningar från något möte ${s(p.date)}.` : 'Inga anteckningar är publicerade ännu.'),
} satisfies Partial<Record<ErrorCode, (p: P) => string>>;

export const archiveUsageSv = {
  searchDecisions: 'Skriv till exempel: beslut budget',
  minutesLink: 'Skriv till exempel: protokoll, eller protokoll 10 nov',
};

/** The help card's lines for the archive's commands. */
export const archiveHelpSv: [string, string][] = [
  ['beslut budget', 'söker bland gruppens beslut i publicerade anteckningar'],
  ['protokoll 10 nov', 'länkar till anteckningarna från mötet den dagen i fliken; utan datum de senast publicerade'],
];
