/**
 * The process's own output (log lines, the start banner) is for people, and must
 * never take the server down. When the reader of a pipe has gone (EPIPE) or the disk
 * behind a redirect is full (ENOSPC), Node reports it as an 'error' event on
 * process.stdout or process.stderr; without a listener that event ends the process.
 * With one, the stream is closed and later lines are dropped.
 */
const guarded = new WeakSet<NodeJS.WritableStream>();

function guard(stream: NodeJS.WritableStream): NodeJS.WritableStream {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', () => undefined);
  }
  return stream;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  try {
    guard(stream).write(text);
  } catch {
    // A stream that throws instead of emitting is just as gone; the line is dropped.
  }
}

/** Makes both streams safe before anything, including other libraries, writes to them. */
export function guardProcessOutput(): void {
  guard(process.stdout);
  guard(process.stderr);
}

export const writeOut = (text: string): void => write(process.stdout, text);
export const writeErr = (text: string): void => write(process.stderr, text);
