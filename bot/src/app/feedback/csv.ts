import { answerText } from '../../cards/feedbackCard';
import type { FeedbackTally, FeedbackRequest } from '../../domain/feedback';
import type { Services } from '../../domain/services';
import { isoDate, toStockholm } from '../../domain/time/stockholm';
import { messages, type Locale } from '../../i18n';

/**
 * A request's answers as a CSV file for Excel: UTF-8 with a byte order mark (without
 * it Excel reads å, ä and ö wrongly), semicolons between the columns (the list
 * separator of a Swedish Excel), one person a row, then those who did not answer.
 */
export const CSV_SEPARATOR = ';';

/**
 * One cell, quoted when it holds a separator, a quote or a line break. A cell that
 * starts like a formula (= + - @, or a tab or carriage return before one) gets an
 * apostrophe first, so a typed "=HYPERLINK(…)" opens as text, never as a formula.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** "2026-11-03 10:14", Stockholm time. */
function localTime(iso: string): string {
  const t = toStockholm(new Date(iso));
  return `${isoDate(t)} ${pad(t.hour)}:${pad(t.minute)}`;
}

export function answersCsvText(request: FeedbackRequest, tally: FeedbackTally, locale: Locale): string {
  const t = messages(locale).feedback;
  const rows: string[][] = [t.csvColumns];
  for (const answer of tally.answers) {
    const choice = answer.choice === undefined ? '' : answerText({ choice: answer.choice }, request, locale);
    const changed = answer.changedAt === answer.answeredAt ? '' : localTime(answer.changedAt);
    rows.push([answer.name, choice, answer.comment ?? '', localTime(answer.answeredAt), changed]);
  }
  for (const member of tally.notAnswered) rows.push([member.name, t.noAnswer, '', '', '']);
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}

/** A file name that says what it is: "synpunkter-2026-11-12.csv". */
const fileName = (request: FeedbackRequest): string => `synpunkter-${isoDate(toStockholm(new Date(request.deadline)))}.csv`;

/** The file for a signed link: the request's answers in the group's language; undefined when the request is gone. */
export async function answersCsv(services: Services, requestId: string): Promise<{ fileName: string; body: string } | undefined> {
  const request = await services.deps.store.feedbackRequests.get(requestId);
  if (!request) return undefined;
  const [group, tally] = await Promise.all([services.deps.store.groups.get(request.groupId), services.feedback.tally(request)]);
  return { fileName: fileName(request), body: answersCsvText(request, tally, group?.language ?? 'sv') };
}
