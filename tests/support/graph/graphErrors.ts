import crypto from 'node:crypto';

/**
 * Response shapes shared by every part of the emulator.
 *
 * Graph errors follow https://learn.microsoft.com/en-us/graph/errors: a JSON object with
 * a single `error` property holding `code`, `message` and an `innerError` with `date`,
 * `request-id` and `client-request-id`. Route handlers throw GraphHttpError; the router
 * turns it into that body, so a handler never builds an error response by hand.
 */
export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Graph sends this content type on JSON responses (see the samples in https://learn.microsoft.com/en-us/graph/json-batching). */
export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** `date` in innerError has no fractional seconds, as in the samples of https://learn.microsoft.com/en-us/graph/errors. */
function graphDate(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, '');
}

export function graphErrorBody(code: string, message: string, clientRequestId?: string): unknown {
  return {
    error: {
      code,
      message,
      innerError: { date: graphDate(), 'request-id': crypto.randomUUID(), 'client-request-id': clientRequestId ?? crypto.randomUUID() },
    },
  };
}

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: graphErrorBody(code, message) };
}

export function fromThrown(error: unknown): GraphResponse {
  if (error instanceof GraphHttpError) return graphError(error.status, error.code, error.message, error.headers);
  // A bug in the emulator must be loud, but still look like Graph to the client under test.
  const message = error instanceof Error ? error.message : String(error);
  return graphError(500, 'generalException', `Emulator failure: ${message}`);
}

export const badRequest = (message: string, code = 'invalidRequest'): GraphHttpError => new GraphHttpError(400, code, message);
export const notFound = (message = 'The resource could not be found.'): GraphHttpError => new GraphHttpError(404, 'itemNotFound', message);

/**
 * Entra ID token endpoint errors follow
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#error-response :
 * `error`, `error_description` (with Trace ID, Correlation ID and Timestamp lines),
 * `error_codes`, `timestamp`, `trace_id`, `correlation_id`, plus `error_uri`.
 */
export function entraError(status: number, error: string, aadsts: number, description: string): GraphResponse {
  const traceId = crypto.randomUUID();
  const correlationId = crypto.randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: {
      error,
      error_description: `AADSTS${aadsts}: ${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
    },
  };
}
