/**
 * When Graph or SharePoint throttle (429) or are briefly unavailable (503, 504),
 * wait as long as Retry-After asks, capped so a user's turn stays bounded, and
 * back off exponentially with jitter when the header is missing. Other statuses
 * are never retried: repeating a 400 or 403 cannot help.
 * https://learn.microsoft.com/en-us/graph/throttling
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
 */
export const RETRYABLE = new Set([429, 503, 504]);

export interface RetryPolicy {
  maxRetries: number;
  maxDelayMs: number;
}

export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: string | null | undefined): number {
  let seconds: number;
  if (retryAfter !== null && retryAfter !== undefined && retryAfter.trim() !== '') {
    const numeric = Number(retryAfter);
    seconds = Number.isFinite(numeric) ? numeric : (Date.parse(retryAfter) - Date.now()) / 1000;
  } else {
    seconds = Math.min(2 ** attempt, 32) * 0.5 + Math.random() * 0.25;
  }
  return Math.max(0, Math.min(seconds * 1000, policy.maxDelayMs));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
