import type { DomainDeps } from '../deps';
import type { Meeting } from '../model';
import { VersionConflictError } from '../storage';
import { buildEntry, type ArchiveEntry } from './entry';
import { prepareEntry, type PreparedEntry } from './search';

/** How far back each refresh looks past the newest entry seen: absorbs clock skew between processes. */
export const REFRESH_OVERLAP_MS = 2 * 60 * 1000;
/** Writes to a meeting within this long are reindexed once. */
const QUIET_MS = 300;

interface GroupCorpus {
  entries: Map<string, PreparedEntry>;
  /** The newest indexedAt seen. */
  lastSeen: string;
  refreshing?: Promise<void>;
}

/**
 * The archive's index, kept by the app: one entry per meeting in the store, and each
 * group's entries in memory, prepared for search. A group is loaded once (and meetings
 * missing from the index or behind their minutes are indexed right after); every later read
 * asks the store only for the entries written since the newest one seen, less a
 * two-minute overlap, which is one query on an indexed column.
 */
export class ArchiveIndex {
  private readonly corpora = new Map<string, Promise<GroupCorpus>>();
  private readonly ready = new Map<string, GroupCorpus>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(private readonly deps: DomainDeps) {}

  private get store() {
    return this.deps.store;
  }

  private warn(message: string, context: Record<string, unknown>): void {
    this.deps.warn?.(message, context);
  }

  /** The meeting's entry written anew from its agenda and latest published minutes. */
  async reindex(meetingId: string): Promise<ArchiveEntry | undefined> {
    const meeting = await this.store.meetings.get(meetingId);
    if (!meeting) return undefined;
    const [items, minutes] = await Promise.all([this.store.items.listByMeeting(meetingId), this.store.minutes.get(meetingId)]);
    const number = minutes?.publishedVersion ?? 0;
    const version = number > 0 ? await this.store.minutesVersions.get(meetingId, number) : undefined;
    const entry = buildEntry({ meeting, items, published: version ? { number, snapshot: version.snapshot } : undefined, indexedAt: this.deps.now().toISOString() });
    for (let attempt = 0; ; attempt++) {
      const existing = await this.store.archiveIndex.get(meetingId);
      try {
        const stored = await this.store.archiveIndex.put(entry, existing?.version);
        this.ready.get(stored.groupId)?.entries.set(stored.meetingId, prepareEntry(stored));
        return stored;
      } catch (error) {
        // Another process indexed the same meeting in between: write again over theirs, from the same sources.
        if (!(error instanceof VersionConflictError) || attempt >= 2) throw error;
      }
    }
  }

  /**
   * Something searchable of the meeting changed: it is reindexed shortly, once for a
   * burst of writes, in the background. A failure is reported and never reaches the
   * person who wrote; the meeting is indexed again at the next start or write.
   */
  touch(meetingId: string): void {
    const waiting = this.pending.get(meetingId);
    if (waiting) clearTimeout(waiting);
    const timer = setTimeout(() => this.runNow(meetingId), QUIET_MS);
    timer.unref?.();
    this.pending.set(meetingId, timer);
  }

  private runNow(meetingId: string): Promise<void> {
    const waiting = this.pending.get(meetingId);
    if (waiting) clearTimeout(waiting);
    this.pending.delete(meetingId);
    const running = this.running.get(meetingId);
    if (running) {
      this.again.add(meetingId);
      return running;
    }
    const run = (async () => {
      do {
        this.again.delete(meetingId);
        try {
          await this.reindex(meetingId);
        } catch (error) {
          this.warn('archive reindex failed', { meetingId, error });
        }
      } while (this.again.has(meetingId));
    })().finally(() => this.running.delete(meetingId));
    this.running.set(meetingId, run);
    return run;
  }

  /** Runs every reindex waiting for its quiet period now, and waits for all of them: reads see this process's writes. */
  async flush(): Promise<void> {
    while (this.pending.size > 0 || this.running.size > 0) {
      await Promise.all([...[...this.pending.keys()].map((id) => this.runNow(id)), ...this.running.values()]);
    }
  }

  /** The group's entries, fresh: loaded the first time, then refreshed by what changed since. */
  async entries(groupId: string): Promise<PreparedEntry[]> {
    await this.flush();
    let loaded = this.corpora.get(groupId);
    if (!loaded) {
      loaded = this.load(groupId);
      this.corpora.set(groupId, loaded);
      loaded.catch(() => this.corpora.delete(groupId));
      return [...(await loaded).entries.values()];
    }
    const corpus = await loaded;
    await this.refresh(groupId, corpus);
    return [...corpus.entries.values()];
  }

  private async load(groupId: string): Promise<GroupCorpus> {
    const entries = await this.store.archiveIndex.listByGroup(groupId);
    const corpus: GroupCorpus = { entries: new Map(entries.map((e) => [e.meetingId, prepareEntry(e)])), lastSeen: newest(entries, '') };
    this.ready.set(groupId, corpus);
    // Meetings missing from the index (written before it existed, or while a reindex failed) are
    // indexed behind the first answer, as at a start; the next read waits for them.
    this.track(`backfill:${groupId}`, async () => {
      await this.backfillGroup(groupId);
    });
    return corpus;
  }

  /** Background work that later reads wait for (flush). */
  private track(key: string, work: () => Promise<void>): void {
    if (this.running.has(key)) return;
    const run = work()
      .catch((error: unknown) => this.warn('archive backfill failed', { key, error }))
      .finally(() => this.running.delete(key));
    this.running.set(key, run);
  }

  private refresh(groupId: string, corpus: GroupCorpus): Promise<void> {
    corpus.refreshing ??= (async () => {
      try {
        const since = corpus.lastSeen ? new Date(Date.parse(corpus.lastSeen) - REFRESH_OVERLAP_MS).toISOString() : '';
        const changed = await this.store.archiveIndex.listChangedSince(groupId, since);
        for (const entry of changed) {
          if (corpus.entries.get(entry.meetingId)?.entry.version !== entry.version) corpus.entries.set(entry.meetingId, prepareEntry(entry));
        }
        corpus.lastSeen = newest(changed, corpus.lastSeen);
      } finally {
        corpus.refreshing = undefined;
      }
    })();
    return corpus.refreshing;
  }

  /**
   * At a start: indexes every group's meetings that have no entry or one behind their
   * minutes, found year by year so no query asks for more than a year of meetings at
   * once, and loads each group's index for the searches to come.
   */
  async backfill(fromYear: number, toYear: number): Promise<number> {
    const groups = new Set<string>();
    for (let year = fromYear; year <= toYear; year++) {
      for (const meeting of await this.store.meetings.listStartingBetween(`${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`)) groups.add(meeting.groupId);
    }
    let indexed = 0;
    for (const groupId of groups) {
      indexed += await this.backfillGroup(groupId);
      // Loaded now, so the first search after a start does not wait for the group's index to be read.
      await this.entries(groupId);
    }
    return indexed;
  }

  async backfillGroup(groupId: string): Promise<number> {
    const [entries, meetings, minutes] = await Promise.all([this.store.archiveIndex.listByGroup(groupId), this.store.meetings.listByGroup(groupId), this.store.minutes.listByGroup(groupId)]);
    const byMeeting = new Map(entries.map((e) => [e.meetingId, e]));
    const published = new Map(minutes.map((m) => [m.meetingId, m.publishedVersion]));
    let indexed = 0;
    for (const meeting of meetings.filter((m) => isBehind(m, byMeeting.get(m.id), published.get(m.id) ?? 0))) {
      try {
        if (await this.reindex(meeting.id)) indexed++;
      } catch (error) {
        this.warn('archive backfill failed', { meetingId: meeting.id, error });
      }
    }
    return indexed;
  }
}

const newest = (entries: ArchiveEntry[], from: string): string => entries.reduce((latest, e) => (e.indexedAt > latest ? e.indexedAt : latest), from);

/** No entry, or one that no longer says what the meeting and its minutes say. */
const isBehind = (meeting: Meeting, entry: ArchiveEntry | undefined, publishedVersion: number): boolean =>
  !entry || entry.publishedVersion < publishedVersion || entry.startsAt !== meeting.startsAt || entry.status !== meeting.status || entry.place !== meeting.place;
