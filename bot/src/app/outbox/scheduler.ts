import type { OutboxEntry } from '../../domain/outbox';
import type { Services } from '../../domain/services';
import type { Logger } from '../../log/logger';
import type { DispatchOutcome, Dispatcher } from './dispatcher';
import type { DueWork, DueWorkSource, PassNote } from './dueWork';

/** What one pass did: every entry it enqueued as skipped or dispatched, and what had nowhere to go. */
export interface PassReport {
  at: string;
  /** New entries put in the outbox by this pass. */
  enqueued: number;
  outcomes: DispatchOutcome[];
  notes: PassNote[];
}

/**
 * One pass: collect what is due from every source, enqueue what is new (idempotently:
 * the key decides), then drain the outbox. Any number of processes may run passes
 * on one store at the same time; the outbox's claims keep each message to one sender.
 */
export class Scheduler {
  constructor(
    private readonly services: Services,
    private readonly sources: readonly DueWorkSource[],
    private readonly dispatcher: Dispatcher,
    private readonly log: Logger,
  ) {}

  async runPass(): Promise<PassReport> {
    const now = this.services.deps.now();
    const notes: PassNote[] = [];
    const work: DueWork[] = [];
    for (const source of this.sources) {
      try {
        const collected = await source.collect(now);
        work.push(...collected.work);
        notes.push(...collected.notes);
      } catch (error) {
        // One source failing (the store throttling, say) must not stop the others or the sending.
        this.log.warn('due work not collected', { source: source.name, error });
      }
    }
    const { enqueued, skipped } = await this.enqueue(work, now);
    const due = await this.services.deps.store.outbox.listDue(now.toISOString());
    const outcomes = await this.dispatcher.drain(due);
    return { at: now.toISOString(), enqueued, outcomes: [...skipped, ...outcomes], notes };
  }

  /** New work goes in one by one; work whose time is over goes in as skipped, so the miss is on record. */
  private async enqueue(work: DueWork[], now: Date): Promise<{ enqueued: number; skipped: DispatchOutcome[] }> {
    const { outbox } = this.services.deps.store;
    const known = await outbox.existingKeys(work.map((w) => w.key));
    let enqueued = 0;
    const skipped: DispatchOutcome[] = [];
    for (const item of work) {
      if (known.has(item.key)) continue;
      known.add(item.key);
      const tooLate = now >= item.usefulUntil;
      const skip = tooLate
        ? { state: 'skipped' as const, reason: 'tooLate' as const, detail: `due ${item.dueAt.toISOString()}, useful until ${item.usefulUntil.toISOString()}` }
        : item.skip && { state: 'skipped' as const, ...item.skip };
      const { entry, created } = await outbox.enqueue({
        id: crypto.randomUUID(),
        key: item.key,
        groupId: item.groupId,
        kind: item.kind,
        target: item.target,
        message: await item.render(),
        notBefore: now.toISOString(),
        usefulUntil: item.usefulUntil.toISOString(),
        createdAt: now.toISOString(),
        ...(skip || {}),
      });
      if (!created) continue;
      enqueued++;
      if (skip) skipped.push({ entry: entry as OutboxEntry, result: 'skipped', takenOver: false });
    }
    return { enqueued, skipped };
  }
}
