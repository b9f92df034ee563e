import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../bot/src/domain/storage';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { startTestSite, type TestSite } from '../support/sharePoint';

/** Every store the domain can run on, each opened fresh for the contract suite. */
export interface StoreFactory {
  name: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export function sqliteFactory(): StoreFactory {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-contract-'));
  let count = 0;
  return {
    name: 'SQLite',
    open: async () => SqliteStore.open(path.join(dir, `store-${++count}.db`)),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function sharePointFactory(): StoreFactory {
  let site: TestSite | undefined;
  return {
    name: 'SharePoint (Graph emulator)',
    open: async () => {
      site ??= await startTestSite();
      return site.connect();
    },
    dispose: async () => {
      await site?.stop();
    },
  };
}
