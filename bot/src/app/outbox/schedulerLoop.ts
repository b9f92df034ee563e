import type { Logger } from '../../log/logger';
import type { PassReport, Scheduler } from './scheduler';

const SOON_MS = 1000;

/**
 * The server's own scheduler: a pass every interval (none when the interval is 0),
 * and one soon after the app queued something itself (a confirmed agenda). Passes in
 * one process never overlap; a request while one runs is served by the next.
 */
export class SchedulerLoop {
  private current: Promise<unknown> = Promise.resolve();
  private queued: Promise<PassReport> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private pending: { timer: ReturnType<typeof setTimeout>; started: Promise<void> } | undefined;
  private stopped = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly log: Logger,
  ) {}

  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.soon(0), intervalMs);
    this.timer.unref?.();
    this.soon(0);
  }

  /** One pass, after any that is running; a pass already waiting to start serves this request too. */
  runPass(): Promise<PassReport> {
    if (this.queued) return this.queued;
    const pass = this.current.catch(() => undefined).then(() => {
      this.queued = undefined;
      return this.scheduler.runPass();
    });
    this.queued = pass;
    this.current = pass;
    return pass;
  }

  /**
   * A pass shortly: after the answer to the command that asked for it has gone out,
   * and once for several requests close together.
   */
  soon(delayMs = SOON_MS): void {
    if (this.stopped || this.pending) return;
    let started!: () => void;
    const pending = { started: new Promise<void>((resolve) => (started = resolve)), timer: setTimeout(() => {
      this.pending = undefined;
      this.runPass().catch((error: unknown) => this.log.warn('reminder pass failed', { error }));
      started();
    }, delayMs) };
    this.pending = pending;
  }

  /** Resolves once no pass is running, waiting or asked for. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.pending) await this.pending.started;
      const seen = this.current;
      await seen.catch(() => undefined);
      if (seen === this.current && !this.pending) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.pending) {
      clearTimeout(this.pending.timer);
      this.pending = undefined;
    }
    await this.idle();
  }
}
