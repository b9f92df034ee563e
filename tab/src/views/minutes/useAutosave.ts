import { useCallback, useEffect, useRef, useState } from 'react';
import { isPassing, TabFailureError, type TabFailure } from '../../api/tabApi';

/**
 * Saves what the secretary writes without a save button, and loses nothing:
 *  - every change is kept in the browser (localStorage) at once, with the version of
 *    the stored text it was written on, until the server has confirmed it;
 *  - typing is saved a moment after it pauses; a failed save because the network or
 *    the server is away is tried again, sooner when the browser is back online;
 *  - a change someone else saved meanwhile is never written over: the server refuses
 *    the stale version, and both texts are shown until the writer chooses;
 *  - after a reload, unsaved text comes back and is saved if the stored text is still
 *    the one it was written on, or shown beside it if not.
 */
export type SaveStatus<T> =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'retrying' }
  | { kind: 'empty' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string; theirs: T; by: string };

export interface Stored<T> {
  value: T;
  version?: string;
}

export interface AutosaveOptions<T> {
  /** Where unsaved text waits in the browser: one key per meeting and record. */
  storageKey: string;
  /** What the server holds now, its version (none before anything was saved) and who saved it. */
  server: Stored<T> & { by?: string };
  save(value: T, version: string | undefined, clear: boolean): Promise<Stored<T> & { version: string }>;
  /** What someone else stored, from a 409's `current`, in this editor's terms. */
  fromConflict(current: unknown): (Stored<T> & { by: string }) | undefined;
  isEmpty?(value: T): boolean;
  /** A conflict found on coming back: the stored text changed while ours waited. */
  changedMeanwhile(by: string): string;
  /** The text that cannot be saved as typed, in the user's language. */
  failureText(failure: TabFailure): string;
}

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 8000;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function readStored<T>(key: string): Stored<T> | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Stored<T>) : undefined;
  } catch {
    return undefined;
  }
}

function writeStored<T>(key: string, stored: Stored<T> | undefined): void {
  try {
    if (stored) window.localStorage.setItem(key, JSON.stringify(stored));
    else window.localStorage.removeItem(key);
  } catch {
    // A full or blocked storage: the text is still on the page and is being saved.
  }
}

export const isUnsaved = (status: SaveStatus<unknown>): boolean => !['idle', 'saved'].includes(status.kind);

export function useAutosave<T>(options: AutosaveOptions<T>) {
  const opts = useRef(options);
  opts.current = options;
  const key = options.storageKey;
  const [value, setValueState] = useState<T>(() => {
    const stored = readStored<T>(key);
    return stored && !same(stored.value, options.server.value) ? stored.value : options.server.value;
  });
  const [status, setStatus] = useState<SaveStatus<T>>({ kind: 'idle' });
  const valueRef = useRef(value);
  const versionRef = useRef(options.server.version);
  const lastSaved = useRef(options.server.value);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const busy = useRef(false);
  const again = useRef(false);
  const retries = useRef(0);
  const conflictVersion = useRef<string | undefined>();

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(false), ms);
    // `run` is stable for the editor's lifetime: it reads everything through refs.
  }, []);

  const run = useCallback(async (clear: boolean): Promise<void> => {
    clearTimeout(timer.current);
    if (busy.current) {
      again.current = true;
      return;
    }
    const sending = valueRef.current;
    const { isEmpty } = opts.current;
    if (!clear && same(sending, lastSaved.current)) {
      writeStored(key, undefined);
      setStatus((s) => (s.kind === 'saved' ? s : { kind: 'idle' }));
      return;
    }
    if (!clear && isEmpty?.(sending)) {
      setStatus({ kind: 'empty' });
      return;
    }
    busy.current = true;
    setStatus({ kind: 'saving' });
    try {
      const answer = await opts.current.save(sending, versionRef.current, clear);
      retries.current = 0;
      versionRef.current = answer.version;
      lastSaved.current = answer.value;
      if (same(valueRef.current, sending)) {
        writeStored(key, undefined);
        setStatus({ kind: 'saved', at: new Date() });
      } else {
        writeStored(key, { value: valueRef.current, version: answer.version });
        setStatus({ kind: 'dirty' });
        schedule(DEBOUNCE_MS);
      }
    } catch (error) {
      const failure: TabFailure = error instanceof TabFailureError ? error.failure : { kind: 'network' };
      if (isPassing(failure)) {
        retries.current += 1;
        setStatus({ kind: 'retrying' });
        schedule(Math.min(1000 * 2 ** (retries.current - 1), MAX_BACKOFF_MS));
      } else if (failure.kind === 'api' && failure.code === 'editConflict') {
        const theirs = opts.current.fromConflict(failure.current);
        setStatus(theirs ? { kind: 'conflict', message: failure.message, theirs: theirs.value, by: theirs.by } : { kind: 'failed', message: failure.message });
        if (theirs) conflictVersion.current = theirs.version;
      } else {
        setStatus({ kind: 'failed', message: opts.current.failureText(failure) });
      }
    } finally {
      busy.current = false;
      if (again.current) {
        again.current = false;
        schedule(0);
      }
    }
  }, [key, schedule]);

  // Coming back with unsaved text: save it if the stored text is still the one it was written on.
  useEffect(() => {
    const stored = readStored<T>(key);
    if (!stored) return undefined;
    const server = opts.current.server;
    if (same(stored.value, server.value)) writeStored(key, undefined);
    else if (stored.version === server.version) {
      setStatus({ kind: 'dirty' });
      schedule(0);
    } else {
      conflictVersion.current = server.version;
      const by = server.by ?? '';
      setStatus({ kind: 'conflict', message: opts.current.changedMeanwhile(by), theirs: server.value, by });
    }
    const online = (): void => {
      if (retries.current > 0) schedule(0);
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, [key, schedule]);

  const setValue = useCallback((next: T) => {
    valueRef.current = next;
    setValueState(next);
    setStatus((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
    writeStored(key, { value: next, version: versionRef.current });
    if (status.kind !== 'conflict') schedule(DEBOUNCE_MS);
  }, [key, schedule, status.kind]);

  /** Someone else saved meanwhile: save mine on top of theirs, knowingly. */
  const keepMine = useCallback(() => {
    if (status.kind !== 'conflict') return;
    versionRef.current = conflictVersion.current;
    lastSaved.current = status.theirs;
    writeStored(key, { value: valueRef.current, version: versionRef.current });
    setStatus({ kind: 'dirty' });
    schedule(0);
  }, [key, schedule, status]);

  /** Someone else saved meanwhile: take theirs, and drop what I had typed. */
  const useTheirs = useCallback(() => {
    if (status.kind !== 'conflict') return;
    versionRef.current = conflictVersion.current;
    lastSaved.current = status.theirs;
    valueRef.current = status.theirs;
    setValueState(status.theirs);
    writeStored(key, undefined);
    setStatus({ kind: 'idle' });
  }, [key, status]);

  /** Saves an empty record on purpose. */
  const saveEmpty = useCallback(() => void run(true), [run]);

  return { value, setValue, status, keepMine, useTheirs, saveEmpty };
}
