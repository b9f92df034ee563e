import type { Request } from 'restify';
import { TabApiFailure } from './failures';

const MAX_ID_LENGTH = 256;

/** The group a tab API path names: opaque but short and printable; anything else cannot name a group. */
export function groupIdOf(req: Request): string {
  const groupId = String(req.params?.groupId ?? '');
  const printable = [...groupId].every((c) => c >= ' ');
  if (!groupId || groupId.length > MAX_ID_LENGTH || !printable) throw new TabApiFailure(403, 'noAccess');
  return groupId;
}

/** A query parameter of the request's URL (restify leaves the query unparsed without its plugin). */
export const queryParam = (req: Request, name: string): string | null => new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
