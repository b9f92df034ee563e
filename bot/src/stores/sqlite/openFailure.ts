/**
 * Why the database file could not be opened, named, in Swedish and English: the
 * person starting the server must know which file and what to do.
 */
export class DatabaseOpenError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(describe(file, cause), { cause });
    this.name = 'DatabaseOpenError';
  }
}

function describe(file: string, cause: unknown): string {
  const code = (cause as { code?: string }).code ?? '';
  const detail = cause instanceof Error ? cause.message : String(cause);
  const reason =
    code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') ? ['den är låst av ett annat program', 'another program holds a lock on it']
    : code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' ? ['den eller dess mapp är skrivskyddad', 'it or its folder is read-only']
    : code.startsWith('SQLITE_FULL') || code === 'ENOSPC' ? ['disken är full', 'the disk is full']
    : code.startsWith('SQLITE_CANTOPEN') ? ['den eller dess mapp går inte att öppna', 'it or its folder cannot be opened']
    : code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT') ? ['den är ingen SQLite-databas eller är skadad', 'it is not an SQLite database or is damaged']
    : ['okänt fel', 'unknown error'];
  return `Databasfilen ${file} går inte att öppna: ${reason[0]} (${detail}). Välj en annan fil med SQLITE_PATH.\n`
    + `The database file ${file} cannot be opened: ${reason[1]} (${detail}). Choose another file with SQLITE_PATH.`;
}
