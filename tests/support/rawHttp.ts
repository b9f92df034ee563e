import http from 'node:http';

/**
 * HTTP requests as an attacker sends them: any headers, and a body that may be
 * only partly sent. `raw` resolves with the answer as soon as the server gives one,
 * whether or not the body was finished, so a test can tell "answered before reading".
 */
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Sent first; the request is then left open unless `end` is true. */
  body?: Buffer | string;
  end?: boolean;
  /** Give up waiting for an answer after this long (the answer is then status 0). */
  timeoutMs?: number;
}

export function raw(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(request.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: request.method ?? 'POST', headers: request.headers, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 0, headers: {}, body: '' });
    }, request.timeoutMs ?? 5000);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (request.body !== undefined) req.write(request.body);
    if (request.end !== false) req.end();
  });
}
