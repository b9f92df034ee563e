/**
 * What counts as this machine: `localhost`, the IPv4 loopback block 127.0.0.0/8
 * and `::1` (with or without brackets). A name that merely resolves to a loopback
 * address (DNS rebinding) does not count.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/** An http(s) URL on this machine. */
export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHostname(url.hostname);
  } catch {
    return false;
  }
}
