import type { Store } from './storage';

/** What the domain services need from the outside world, injected so tests control time. */
export interface DomainDeps {
  store: Store;
  now: () => Date;
  /** Where background work that failed is reported (a reindex of the archive); nothing is said when absent. */
  warn?: (message: string, context: Record<string, unknown>) => void;
}
