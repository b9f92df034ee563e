import type { Config } from '../config/config';
import type { Store } from '../domain/storage';
import type * as SharePointModule from '../stores/sharepoint/sharePointStore';
import { SqliteStore } from '../stores/sqlite/sqliteStore';

/** The configured store, for the server and the one-pass commands alike. */
export async function openStore(config: Config): Promise<Store> {
  if (config.store === 'sharepoint') {
    // Loaded only when used: the Graph client and @azure/identity cost memory a SQLite deployment does not need.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SharePointStore } = require('../stores/sharepoint/sharePointStore') as typeof SharePointModule;
    return SharePointStore.connect(config.sharePoint!);
  }
  return SqliteStore.open(config.sqlitePath);
}
