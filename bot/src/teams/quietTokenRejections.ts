/**
 * botframework-connector's JwtTokenExtractor.validateToken prints to console.error
 * whenever a token fails verification: "Error finding key for token. Available keys:
 * <the signing key, as PEM>" for a bad signature, audience or issuer, and the whole
 * TokenExpiredError for an expired token. Anyone can send such tokens, so each
 * rejected request would dump key material and a stack into the console. The endpoint
 * already logs every rejection, with its reason, as one structured line (and answers
 * 401); exactly those two SDK prints are dropped, anything else still goes through.
 * (node_modules/botframework-connector/lib/auth/jwtTokenExtractor.js, botbuilder 4.23)
 */
const KEY_DUMP = 'Error finding key for token. Available keys: ';

export function isSdkTokenRejectionPrint(args: unknown[]): boolean {
  if (args.length !== 1) return false;
  const [only] = args;
  if (typeof only === 'string') return only.startsWith(KEY_DUMP);
  return only instanceof Error && only.name === 'TokenExpiredError';
}

let installed = false;

/** Installs the filter on console.error once per process. */
export function quietTokenRejections(): void {
  if (installed) return;
  installed = true;
  /* eslint-disable no-console -- the SDK writes here; this only takes its two token prints out */
  const print = console.error;
  console.error = (...args: unknown[]): void => {
    if (!isSdkTokenRejectionPrint(args)) print.apply(console, args);
  };
  /* eslint-enable no-console */
}
