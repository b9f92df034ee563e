import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';

/**
 * The one way a JSON route reads its body. Everything that can be refused is
 * refused on the headers, before a byte is read: a Content-Encoding (a small gzip
 * body can inflate to gigabytes), any media type but JSON (no form or multipart
 * parsing, no temp files), a declared length over the cap. The body is then read
 * with a byte cap and parsed; answers never carry more than a short fixed message.
 */
export interface HttpProblem {
  status: number;
  code: string;
  message: string;
}

export const problem = (status: number, code: string, message: string): HttpProblem => ({ status, code, message });

export function sendProblem(res: Response, { status, code, message }: HttpProblem): void {
  res.send(status, { error: { code, message } });
}

/** `application/json`, optionally with `charset=utf-8`: what the Bot Connector and the tab send. */
function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === '' || parameter === 'charset=utf-8');
}

/** What the headers alone tell: a problem to answer without reading the body, or nothing. */
export function headerProblem(req: IncomingMessage, maxBytes: number): HttpProblem | undefined {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    return problem(415, 'UnsupportedMediaType', 'Content-Encoding is not accepted; send the JSON uncompressed');
  }
  if (!isJsonMediaType(req.headers['content-type'])) return problem(415, 'UnsupportedMediaType', 'Send the body as application/json');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return problem(413, 'PayloadTooLarge', `The body may be at most ${maxBytes} bytes`);
  return undefined;
}

/**
 * Reads at most `maxBytes`. Past the cap nothing more is kept: the rest of the
 * request is let go (the connection closes after the answer) and 413 is the result.
 */
export function readCapped(req: IncomingMessage, maxBytes: number): Promise<Buffer | HttpProblem> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (value: Buffer | HttpProblem): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > maxBytes) {
        chunks.length = 0;
        settle(problem(413, 'PayloadTooLarge', `The body may be at most ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(Buffer.concat(chunks, received)));
    // A client that goes away mid-body: nothing to answer, but the handler must not wait forever.
    req.on('error', () => settle(problem(400, 'BadRequest', 'The body could not be read')));
    req.on('close', () => settle(problem(400, 'BadRequest', 'The body could not be read')));
  });
}

export function parseJson(body: Buffer): { value: unknown } | HttpProblem {
  try {
    return { value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return problem(400, 'BadRequest', 'The body is not valid JSON');
  }
}

export interface JsonRouteOptions {
  maxBytes: number;
  /** Checks on the headers that come first, e.g. that a token is there at all. */
  before?: (req: Request) => HttpProblem | undefined;
}

export type JsonHandler = (req: Request, res: Response, body: unknown) => Promise<void>;

/** A restify handler that hands `handle` the parsed body, or answers the problem itself. */
export function jsonRoute(handle: JsonHandler, { maxBytes, before }: JsonRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const early = before?.(req) ?? headerProblem(req, maxBytes);
    if (early) {
      // The body stays unread; closing keeps it from being taken for the next request.
      res.header('Connection', 'close');
      sendProblem(res, early);
      return;
    }
    const raw = await readCapped(req, maxBytes);
    if (!Buffer.isBuffer(raw)) {
      res.header('Connection', 'close');
      sendProblem(res, raw);
      return;
    }
    const parsed = parseJson(raw);
    if ('status' in parsed) {
      sendProblem(res, parsed);
      return;
    }
    await handle(req, res, parsed.value);
  };
}
