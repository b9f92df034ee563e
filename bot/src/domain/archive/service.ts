import type { DomainDeps } from '../deps';
import { DomainError, EditConflict } from '../errors';
import { isOverdue, type FollowUp, type MinutesAction } from '../minutes/model';
import { isCoordinator, type Actor } from '../model';
import { VersionConflictError } from '../storage';
import { isoDate, toStockholm, type LocalDate } from '../time/stockholm';
import type { ArchiveEntry } from './entry';
import { ArchiveIndex } from './index';
import { searchEntries, type PreparedEntry, type SearchHit } from './search';
import { foldForSearch, matchText, readQuery } from './searchText';
import { compareTermsNewestFirst, parseTermKey, termOf, type Term } from './terms';

/** The hits a search sends; more are counted, not sent. */
export const SEARCH_HIT_LIMIT = 50;

/** A meeting as the archive lists it: its index entry's header, and how many decisions its minutes hold. */
export type ArchiveMeetingView = Pick<ArchiveEntry, 'meetingId' | 'startsAt' | 'endsAt' | 'place' | 'status' | 'publishedVersion' | 'versions'> & { decisions: number };

export interface TermMeetings {
  term: Term;
  meetings: ArchiveMeetingView[];
}

export interface TermSummary extends Term {
  meetings: number;
  published: number;
}

export interface DecisionView {
  meetingId: string;
  meetingStartsAt: string;
  version: number;
  itemId: string;
  number?: number;
  itemTitle: string;
  text: string;
}

export interface ActionView {
  action: MinutesAction;
  meetingStartsAt: string;
  itemTitle: string;
  overdue: boolean;
  canMark: boolean;
}

export interface FollowUpView {
  followUp: FollowUp;
  meetingStartsAt: string;
  itemTitle: string;
  targetStartsAt: string;
  held: boolean;
}

/** The meeting's entry in the term it belongs to, as the archive lists it. */
const meetingView = (entry: ArchiveEntry): ArchiveMeetingView => ({
  meetingId: entry.meetingId, startsAt: entry.startsAt, endsAt: entry.endsAt, place: entry.place, status: entry.status,
  publishedVersion: entry.publishedVersion, versions: entry.versions, decisions: entry.publishedVersion > 0 ? entry.docs.reduce((n, d) => n + d.decisions.length, 0) : 0,
});

const newestFirst = (a: PreparedEntry, b: PreparedEntry): number => b.entry.startsAt.localeCompare(a.entry.startsAt);

/**
 * The group's archive: its meetings by term, search across everything written, the
 * decision log and the follow-up of actions. Members of the leadership and steering
 * groups read it; a guest, who sees only the items they present, does not. Who may
 * read is settled before anything is read or searched.
 */
export class ArchiveService {
  readonly index: ArchiveIndex;

  constructor(private readonly deps: DomainDeps) {
    this.index = new ArchiveIndex(deps);
  }

  /** Indexes the meeting now (the importer of past minutes calls this after writing versions). */
  reindex(meetingId: string): Promise<ArchiveEntry | undefined> {
    return this.index.reindex(meetingId);
  }

  /** Members of the leadership and steering groups read the archive; guests are refused. */
  assertReader(actor: Actor): void {
    if (actor.member.membership === 'gast') throw new DomainError('archiveNotForGuests');
  }

  private termFrom(key: string | undefined): Term | undefined {
    if (key === undefined) return undefined;
    const term = parseTermKey(key);
    if (!term) throw new DomainError('termInvalid', { value: key.slice(0, 40) });
    return term;
  }

  /** The meetings that belong in the archive: held or being held (not cancelled), or with published minutes. */
  private async archived(groupId: string): Promise<PreparedEntry[]> {
    const now = this.deps.now().toISOString();
    return (await this.index.entries(groupId)).filter(({ entry }) => entry.publishedVersion > 0 || (entry.startsAt <= now && entry.status !== 'installt'));
  }

  /** The terms the group has met in, newest first, and the first page: the newest term with published minutes (else the newest). */
  async terms(actor: Actor): Promise<{ terms: TermSummary[]; shown?: TermMeetings }> {
    this.assertReader(actor);
    const entries = await this.archived(actor.group.id);
    const byTerm = new Map<string, { term: Term; entries: ArchiveEntry[] }>();
    for (const { entry } of entries) {
      const term = termOf(entry.startsAt);
      const found = byTerm.get(term.key) ?? { term, entries: [] };
      found.entries.push(entry);
      byTerm.set(term.key, found);
    }
    const terms = [...byTerm.values()].sort((a, b) => compareTermsNewestFirst(a.term, b.term));
    const first = terms.find((t) => t.entries.some((e) => e.publishedVersion > 0)) ?? terms[0];
    return {
      terms: terms.map(({ term, entries: inTerm }) => ({ ...term, meetings: inTerm.length, published: inTerm.filter((e) => e.publishedVersion > 0).length })),
      ...(first ? { shown: { term: first.term, meetings: first.entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map(meetingView) } } : {}),
    };
  }

  /** One term's meetings, oldest first. */
  async term(actor: Actor, key: string): Promise<TermMeetings> {
    this.assertReader(actor);
    const term = this.termFrom(key)!;
    const entries = (await this.archived(actor.group.id)).map((p) => p.entry).filter((e) => termOf(e.startsAt).key === term.key);
    return { term, meetings: entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map(meetingView) };
  }

  /** Every item whose title, description, notes, decisions or notice holds every word; the query is checked before anything is read. */
  async search(actor: Actor, rawQuery: unknown, termKey?: string): Promise<{ query: string; hits: SearchHit[]; more: boolean }> {
    this.assertReader(actor);
    const query = readQuery(rawQuery);
    const term = this.termFrom(termKey);
    const entries = (await this.index.entries(actor.group.id)).filter((p) => !term || termOf(p.entry.startsAt).key === term.key).sort(newestFirst);
    return { query: query.text, ...searchEntries(entries, query, SEARCH_HIT_LIMIT) };
  }

  /** Every decision in published minutes, newest first; by term and by words in the decision or its item's title. */
  async decisions(actor: Actor, termKey?: string, rawQuery?: unknown): Promise<{ terms: Term[]; decisions: DecisionView[] }> {
    this.assertReader(actor);
    const term = this.termFrom(termKey);
    const query = rawQuery === undefined ? undefined : readQuery(rawQuery);
    const entries = (await this.index.entries(actor.group.id)).filter((p) => p.entry.publishedVersion > 0).sort(newestFirst);
    const terms = new Map<string, Term>();
    const decisions: DecisionView[] = [];
    for (const { entry } of entries) {
      const entryTerm = termOf(entry.startsAt);
      if (entry.docs.some((d) => d.decisions.length > 0)) terms.set(entryTerm.key, entryTerm);
      if (term && entryTerm.key !== term.key) continue;
      for (const doc of entry.docs) {
        for (const text of doc.decisions) {
          if (query && !matchText(foldForSearch(`${doc.title}\n${text}`), query)) continue;
          decisions.push({
            meetingId: entry.meetingId, meetingStartsAt: entry.startsAt, version: entry.publishedVersion, itemId: doc.itemId,
            ...(doc.number !== undefined ? { number: doc.number } : {}), itemTitle: doc.title, text,
          });
        }
      }
    }
    return { terms: [...terms.values()].sort(compareTermsNewestFirst), decisions };
  }

  /**
   * The meeting whose published minutes a link should open: the one on the date (in
   * Stockholm), or the latest published. Any member may follow it: the minutes show a
   * guest only the items they present.
   */
  async publishedMeeting(actor: Actor, date?: LocalDate): Promise<ArchiveEntry> {
    const day = date ? isoDate(date) : undefined;
    const published = (await this.index.entries(actor.group.id))
      .map((p) => p.entry)
      .filter((e) => e.publishedVersion > 0 && (!day || isoDate(toStockholm(new Date(e.startsAt))) === day))
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    const [found] = published;
    if (!found) throw new DomainError('noPublishedMinutes', day ? { date: day } : {});
    return found;
  }

  /** Actions in published minutes (open ones, or all), and items taken up again at a later meeting (coming ones, or all). */
  async followUps(actor: Actor, includeDone: boolean): Promise<{ actions: ActionView[]; followUps: FollowUpView[] }> {
    this.assertReader(actor);
    const { store } = this.deps;
    const [entries, actions, followUps] = await Promise.all([this.index.entries(actor.group.id), store.actions.listByGroup(actor.group.id), store.followUps.listByGroup(actor.group.id)]);
    const byMeeting = new Map(entries.map((p) => [p.entry.meetingId, p.entry]));
    const title = (entry: ArchiveEntry, itemId: string): string => entry.docs.find((d) => d.itemId === itemId)?.title ?? '';
    const now = this.deps.now();
    const today = isoDate(toStockholm(now));
    const actionViews = actions.flatMap((action): ActionView[] => {
      const entry = byMeeting.get(action.meetingId);
      if (!entry || entry.publishedVersion === 0 || (action.done && !includeDone)) return [];
      return [this.actionView(actor, action, entry, today)];
    });
    const followUpViews = followUps.flatMap((followUp): FollowUpView[] => {
      const entry = byMeeting.get(followUp.meetingId);
      const target = byMeeting.get(followUp.targetMeetingId);
      if (!entry || !target || entry.publishedVersion === 0) return [];
      const held = target.startsAt <= now.toISOString() && target.status !== 'installt';
      if (held && !includeDone) return [];
      return [{ followUp, meetingStartsAt: entry.startsAt, itemTitle: title(entry, followUp.itemId), targetStartsAt: target.startsAt, held }];
    });
    return {
      actions: actionViews.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || a.meetingStartsAt.localeCompare(b.meetingStartsAt)),
      followUps: followUpViews.sort((a, b) => a.targetStartsAt.localeCompare(b.targetStartsAt)),
    };
  }

  private actionView(actor: Actor, action: MinutesAction, entry: ArchiveEntry | undefined, today: string): ActionView {
    return {
      action,
      meetingStartsAt: entry?.startsAt ?? '',
      itemTitle: entry?.docs.find((d) => d.itemId === action.itemId)?.title ?? '',
      overdue: isOverdue(action, today),
      canMark: isCoordinator(actor.member) || (action.owner.memberId !== undefined && action.owner.memberId === actor.member.id),
    };
  }

  /**
   * Marks an action done or open again: its owner, or the chair or secretary. From the
   * version the person saw; when someone changed it since, nothing is written and the
   * action as it is now comes back (EditConflict).
   */
  async markAction(actor: Actor, actionId: string, seenVersion: string | undefined, done: boolean): Promise<ActionView> {
    this.assertReader(actor);
    const { store } = this.deps;
    const today = isoDate(toStockholm(this.deps.now()));
    const action = await store.actions.get(actionId);
    if (!action || action.groupId !== actor.group.id) throw new DomainError('actionGone');
    const entry = await store.archiveIndex.get(action.meetingId);
    const view = (a: MinutesAction): ActionView => this.actionView(actor, a, entry, today);
    if (!view(action).canMark) throw new DomainError('notActionOwner');
    if (action.version !== seenVersion) throw new EditConflict(view(action), '');
    if (action.done === done) return view(action);
    try {
      return view(await store.actions.update({ ...action, done, updatedAt: this.deps.now().toISOString() }));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const current = await store.actions.get(actionId);
      if (!current) throw new DomainError('actionGone');
      throw new EditConflict(view(current), '');
    }
  }
}
