import type { IncomingMessage } from 'node:http';
import { isLoopbackHostname } from '../config/loopback';
import { problem, type HttpProblem } from './jsonBody';

/**
 * Who may call. A browser adds an Origin header to cross-site requests: a web page
 * the user happens to visit must not drive the bot, so an Origin that is not this
 * server's own (the Host the request was sent to) is refused. Without Bot Connector
 * authentication the server also answers only to a loopback Host name: a page that
 * rebinds its own DNS name to 127.0.0.1 still sends its own name as Host.
 */
/** The Host header as a URL with the given scheme, to compare hosts as browsers do (default ports dropped). */
function asUrl(host: string, protocol = 'http:'): URL | undefined {
  try {
    return new URL(`${protocol}//${host}`);
  } catch {
    return undefined;
  }
}

export function requestOriginProblem(req: IncomingMessage, loopbackOnly: boolean): HttpProblem | undefined {
  const host = req.headers.host ?? '';
  if (loopbackOnly && !isLoopbackHostname(asUrl(host)?.hostname ?? '')) {
    return problem(403, 'Forbidden', 'Local mode answers only requests to localhost, 127.0.0.1 or [::1]');
  }
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let originUrl: URL | undefined;
  try {
    originUrl = new URL(origin);
  } catch {
    originUrl = undefined;
  }
  // "null" (a sandboxed frame, a file) and anything unparsable are no one's own origin.
  if (!originUrl || originUrl.host === '' || asUrl(host, originUrl.protocol)?.host !== originUrl.host) {
    return problem(403, 'Forbidden', 'Requests from other sites are not accepted');
  }
  return undefined;
}
