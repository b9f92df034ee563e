import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RETRYABLE, retryDelayMs, sleep, type RetryPolicy } from './retryPolicy';

/**
 * Graph client middleware that retries throttled and briefly unavailable requests
 * (see retryPolicy). Replaces the client's built-in handler, whose cap is three
 * minutes: a user waiting on a card should hear back sooner.
 */
export class ThrottlingRetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await this.next!.execute(context);
      const response = context.response;
      if (!response || !RETRYABLE.has(response.status) || attempt >= this.policy.maxRetries) return;
      // Bodies are strings or absent here, so the request can be sent again as is.
      await sleep(retryDelayMs(this.policy, attempt, response.headers.get('Retry-After')));
    }
  }
}
