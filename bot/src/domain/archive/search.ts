import type { Section } from '../model';
import type { ArchiveDoc, ArchiveEntry } from './entry';
import { contextOf, foldForSearch, matchText, type SearchQuery } from './searchText';

/** Where a hit was found. */
export type HitKind = 'title' | 'description' | 'notes' | 'decision' | 'notice';

/** One text of an item, folded once when the entry is loaded. */
interface SearchableText {
  kind: HitKind;
  original: string;
  folded: string;
}

/** An entry ready for search: its texts folded the first time it is searched, not when it is loaded (the archive's first page needs none). */
export interface PreparedEntry {
  entry: ArchiveEntry;
  readonly items: { doc: ArchiveDoc; texts: SearchableText[] }[];
}

const text = (kind: HitKind, original: string): SearchableText => ({ kind, original, folded: foldForSearch(original) });

/** The order a hit's place is preferred in, when an item matches in more than one. */
const KIND_ORDER: HitKind[] = ['decision', 'title', 'notice', 'description', 'notes'];

const searchable = (entry: ArchiveEntry): PreparedEntry['items'] =>
  entry.docs.map((doc) => ({
    doc,
    texts: [
      text(doc.section === 'kortkort' ? 'notice' : 'title', doc.title),
      ...(doc.description ? [text('description', doc.description)] : []),
      ...(doc.notes.length > 0 ? [text('notes', doc.notes.join('\n'))] : []),
      ...doc.decisions.map((d) => text('decision', d)),
    ],
  }));

export function prepareEntry(entry: ArchiveEntry): PreparedEntry {
  let items: PreparedEntry['items'] | undefined;
  return {
    entry,
    get items() {
      items ??= searchable(entry);
      return items;
    },
  };
}

export interface SearchHit {
  meetingId: string;
  meetingStartsAt: string;
  itemId: string;
  number?: number;
  section: Section;
  itemTitle: string;
  kind: HitKind;
  context: string;
  marks: { start: number; end: number }[];
  version?: number;
}

interface Candidate {
  prepared: PreparedEntry;
  doc: ArchiveDoc;
  text: SearchableText;
  atWordStart: boolean;
}

/**
 * The items whose texts hold every word of the query, one hit per item (its best
 * text): hits at a word's start before hits inside a word, then newer meetings first,
 * then in the agenda's order. Contexts are cut only for the hits sent.
 */
export function searchEntries(entries: PreparedEntry[], query: SearchQuery, limit: number, only?: (text: HitKind) => boolean): { hits: SearchHit[]; more: boolean } {
  const candidates: Candidate[] = [];
  for (const prepared of entries) {
    for (const { doc, texts } of prepared.items) {
      let best: Candidate | undefined;
      for (const t of texts) {
        if (only && !only(t.kind)) continue;
        const match = matchText(t.folded, query);
        if (!match) continue;
        const better = !best || (match.allAtWordStart && !best.atWordStart) || (match.allAtWordStart === best.atWordStart && KIND_ORDER.indexOf(t.kind) < KIND_ORDER.indexOf(best.text.kind));
        if (better) best = { prepared, doc, text: t, atWordStart: match.allAtWordStart };
      }
      if (best) candidates.push(best);
    }
  }
  candidates.sort((a, b) =>
    Number(b.atWordStart) - Number(a.atWordStart)
    || b.prepared.entry.startsAt.localeCompare(a.prepared.entry.startsAt)
    || (a.doc.number ?? 999) - (b.doc.number ?? 999));
  const hits = candidates.slice(0, limit).map(({ prepared, doc, text: t }): SearchHit => ({
    meetingId: prepared.entry.meetingId,
    meetingStartsAt: prepared.entry.startsAt,
    itemId: doc.itemId,
    ...(doc.number !== undefined ? { number: doc.number } : {}),
    section: doc.section,
    itemTitle: doc.title,
    kind: t.kind,
    ...contextOf(t.original, query),
    ...(doc.version !== undefined ? { version: doc.version } : {}),
  }));
  return { hits, more: candidates.length > limit };
}
