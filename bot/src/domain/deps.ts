import type { Store } from './storage';

/** What the domain services need from the outside world, injected so tests control time. */
export interface DomainDeps {
  store: Store;
  now: () => Date;
}
