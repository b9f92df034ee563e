import { Database } from '../../../../bot/src/stores/sqlite/driver';
import { StoreUnavailableError } from '../../../../bot/src/domain/storage';
import { asStoreFailure } from '../../../../bot/src/stores/sqlite/unavailable';

describe('SQLite failures the user can only wait out', () => {
  it.each(['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_CANTOPEN', 'SQLITE_NOMEM'])(
    '%s is StoreUnavailableError, with the SQLite error as its cause',
    (code) => {
      const error = new Database.SqliteError('disk I/O error', code);
      const failure = asStoreFailure(error);
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as Error).cause).toBe(error);
    },
  );

  it.each(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', 'SQLITE_CORRUPT', 'SQLITE_MISMATCH'])('%s stays what it is: a fault or a conflict, not an outage', (code) => {
    const error = new Database.SqliteError('no', code);
    expect(asStoreFailure(error)).toBe(error);
  });

  it('leaves other errors alone', () => {
    const error = new TypeError('not a SQLite error');
    expect(asStoreFailure(error)).toBe(error);
  });
});
