import type { ReactNode } from 'react';

/**
 * The text with each match inside <mark>. The marks come from the server as offsets into
 * this very text; ones out of range or overlapping an earlier one are left out, never thrown on.
 */
export function MarkedText({ text, marks, className }: { text: string; marks: { start: number; end: number }[]; className?: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={className}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
