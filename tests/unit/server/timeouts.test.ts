import type { TabMinutes } from '../../../bot/src/app/tab/minutes';
import type { AddressInfo } from 'node:net';
import {
  createHttpServer,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  REQUEST_TIMEOUT_MS,
  TIMEOUT_CHECK_INTERVAL_MS,
} from '../../../bot/src/server/createServer';
import { createLogger } from '../../../bot/src/log/logger';

describe('the HTTP server\'s timeouts', () => {
  it('are the deliberate ones, not Node\'s defaults, on the listening server', async () => {
    const unused = () => Promise.reject(new Error('unused'));
    const tabApi = { queries: { me: unused, nextMeeting: unused }, minutes: {} as TabMinutes, authenticate: unused };
    const server = createHttpServer({ messages: async () => undefined, botAuthentication: false, loopbackOnly: true, log: createLogger('silent'), tabDir: '/nonexistent', tabApi });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      expect((server.address() as AddressInfo).port).toBeGreaterThan(0);
      expect(server.server).toMatchObject({
        headersTimeout: HEADERS_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
        connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('keep their order: headers before the whole request, an idle connection longer than a load balancer\'s 60 s', () => {
    expect(HEADERS_TIMEOUT_MS).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(TIMEOUT_CHECK_INTERVAL_MS).toBeLessThan(HEADERS_TIMEOUT_MS);
  });
});
