import type * as Restify from 'restify';

/**
 * restify 11 requires `spdy` at the top of lib/server.js (for its optional HTTP/2
 * support, unused here), and spdy's http-deceiver reads process.binding('http_parser'),
 * which Node reports as deprecation DEP0111 on every start. No restify release for
 * Node 20 avoids it (see README, Dependencies). Only while restify loads, exactly that
 * warning is dropped; every other warning, then and later, is emitted as usual.
 * https://nodejs.org/api/deprecations.html#DEP0111
 */
const DEP0111 = 'DEP0111';

function isDep0111(rest: unknown[]): boolean {
  const [typeOrOptions, code] = rest;
  if (typeof typeOrOptions === 'object' && typeOrOptions !== null) return (typeOrOptions as { code?: unknown }).code === DEP0111;
  return code === DEP0111;
}

function loadQuietly(): typeof Restify {
  const emitWarning = process.emitWarning;
  process.emitWarning = function emitAllButDep0111(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    if (isDep0111(rest)) return;
    (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('restify') as typeof Restify;
  } finally {
    process.emitWarning = emitWarning;
  }
}

const restify = loadQuietly();
export default restify;
