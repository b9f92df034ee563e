import type { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphEmulator, type GraphEmulatorOptions } from '../../support/graph/graphEmulator';
import { graphTestCredential } from '../../support/graph/graphTestClient';

/** Shared set-up of the Graph emulator tests (not a test file itself). */
export const APP = {
  tenantId: '7f3c2a10-5b8e-4c1d-9a7e-2b6f0d4e8c31',
  clientId: 'b1d0e6a2-3c4f-4e5a-8b9c-0d1e2f3a4b5c',
  clientSecret: 'emulator-secret~value',
};

export function startGraph(options: Partial<GraphEmulatorOptions> = {}): Promise<GraphEmulator> {
  return GraphEmulator.start({
    ...APP, siteHostname: 'contoso.sharepoint.com', sitePath: 'ledningsgrupp', ...options,
    faults: { retryAfterSeconds: 0, ...options.faults },
  });
}

/** Awaits a Graph client call that must fail, and returns the GraphError for assertions. */
export async function graphFailure(call: Promise<unknown>): Promise<GraphError> {
  try {
    await call;
  } catch (error) {
    return error as GraphError;
  }
  throw new Error('expected the Graph call to fail');
}

export async function bearerToken(graph: GraphEmulator): Promise<string> {
  const token = await graphTestCredential(graph).getToken('https://graph.microsoft.com/.default');
  return token.token;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A plain fetch to the emulator, to look at what the SDK hides (headers, exact bodies). */
export async function rawRequest(graph: GraphEmulator, method: string, path: string, init: { token?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<RawResponse> {
  const response = await fetch(`${graph.origin}${path}`, {
    method,
    headers: {
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
