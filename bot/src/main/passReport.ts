import type { PassReport } from '../app/outbox/scheduler';
import type { OutboxEntry } from '../domain/outbox';

/**
 * What a reminders pass did, for the one who ran it: Swedish first, English in
 * brackets, one line per message, grouped by outcome, with the reason for every
 * message that was not sent.
 */
const RESULTS = [
  ['sent', 'Skickade (sent)'],
  ['skipped', 'Hoppade över (skipped)'],
  ['failed', 'Misslyckades (failed)'],
  ['deferred', 'Skjutna till senare (deferred)'],
] as const;

const REASONS: Record<string, string> = {
  tooLate: 'för sent, tiden den var till för har passerat (too late)',
  undeliverable: 'Teams tar inte emot meddelanden där (undeliverable)',
  noConversation: 'ingen konversation att skriva i (no conversation)',
  groupUnreachable: 'appen är borttagen ur teamet (app removed from the team)',
  rejected: 'Bot Connector avvisade meddelandet (rejected)',
  serverError: 'Bot Connector svarade med fel (server error)',
  throttled: 'Teams bad oss vänta (throttled)',
};

function recipient(entry: OutboxEntry): string {
  if (entry.target.kind === 'person') return `${entry.target.name} (1:1)`;
  const updated = entry.target.kind === 'update' ? ' (uppdaterat kort, updated card)' : '';
  return `kanalen (channel) ${entry.target.conversationId}${updated}`;
}

export function formatPassReport(report: PassReport, groupName: (groupId: string) => string, limit = 50): string {
  const lines = [`Påminnelser, körning per ${report.at} (reminders pass as of ${report.at})`, `  Nya i utkorgen (newly queued): ${report.enqueued}`];
  for (const [result, title] of RESULTS) {
    const outcomes = report.outcomes.filter((o) => o.result === result);
    lines.push(`${title}: ${outcomes.length}`);
    for (const { entry } of outcomes.slice(0, limit)) {
      const why = entry.reason ? ` – ${REASONS[entry.reason] ?? entry.reason}${entry.detail ? `: ${entry.detail}` : ''}` : '';
      const id = entry.activityId ? ` [${entry.activityId}]` : '';
      lines.push(`  ${groupName(entry.groupId)} · ${entry.kind} · ${recipient(entry)}${id}${why}`);
    }
    if (outcomes.length > limit) lines.push(`  … och ${outcomes.length - limit} till (and ${outcomes.length - limit} more)`);
  }
  const takenOver = report.outcomes.filter((o) => o.takenOver).length;
  const byOther = report.outcomes.filter((o) => o.result === 'takenByOther').length;
  lines.push(`Övertagna från en avbruten körning, kan ha skickats två gånger (taken over from an interrupted pass, may have gone out twice): ${takenOver}`);
  lines.push(`Tagna av en annan process (claimed by another process): ${byOther}`);
  if (report.notes.length > 0) {
    lines.push(`Utan mottagare (nowhere to send): ${report.notes.length}`);
    for (const note of report.notes.slice(0, limit)) lines.push(`  ${groupName(note.groupId)} · ${note.kind} – ${REASONS[note.reason] ?? note.reason}: ${note.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same counts for scripts and tests (`--json`). */
export function passSummary(report: PassReport) {
  const count = (result: string): number => report.outcomes.filter((o) => o.result === result).length;
  return {
    at: report.at,
    enqueued: report.enqueued,
    sent: count('sent'),
    skipped: count('skipped'),
    failed: count('failed'),
    deferred: count('deferred'),
    takenByOther: count('takenByOther'),
    takenOver: report.outcomes.filter((o) => o.takenOver).length,
    notes: report.notes.length,
    outcomes: report.outcomes.map(({ entry, result, takenOver }) => ({ key: entry.key, kind: entry.kind, result, takenOver, reason: entry.reason, detail: entry.detail })),
  };
}
