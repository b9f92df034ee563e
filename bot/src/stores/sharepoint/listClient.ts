import { StoreUnavailableError, VersionConflictError } from '../../domain/storage';
import type { GraphAnswer, GraphGateway } from './graphGateway';

/**
 * Item operations on one list, in Graph's terms. A stored record's version is
 * `<item id>:<eTag>`: opaque to the domain, and all an update needs for If-Match.
 * https://learn.microsoft.com/en-us/graph/api/listitem-list
 * https://learn.microsoft.com/en-us/graph/api/listitem-create
 * https://learn.microsoft.com/en-us/graph/api/listitem-update
 * https://learn.microsoft.com/en-us/graph/api/listitem-delete
 */
export type Fields = Record<string, unknown>;

export interface StoredItem {
  itemId: string;
  etag: string;
  fields: Fields;
}

/** A unique column already holds the value: the record exists. */
export class DuplicateRecordError extends Error {
  constructor() {
    super('duplicate record');
    this.name = 'DuplicateRecordError';
  }
}

// Graph returns at most a few hundred items a page; one group's meetings fit in one.
const PAGE_SIZE = 500;

export const versionOf = (item: StoredItem): string => `${item.itemId}:${item.etag}`;

export function splitVersion(version: string): { itemId: string; etag: string } {
  const at = version.indexOf(':');
  if (at <= 0) throw new VersionConflictError('record', version);
  return { itemId: version.slice(0, at), etag: version.slice(at + 1) };
}

const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** What went wrong, in words an operator can act on; status 0 means no answer from Graph at all. */
function describe(answer: GraphAnswer, what: string): string {
  const error = answer.body?.error as { code?: string; message?: string; from?: string } | undefined;
  if (answer.status === 0 && error?.from === 'entra') return `${what}: Entra ID refused the app's credential: ${error.code}: ${error.message}`;
  if (answer.status === 0) return `${what}: no answer from Graph${error?.message ? ` (${error.message})` : ''}`;
  return `${what}: Graph answered ${answer.status}${error?.code ? ` (${error.code})` : ''}`;
}

export function failure(answer: GraphAnswer, what: string): Error {
  const message = describe(answer, what);
  if (answer.status === 0 || answer.status === 401 || answer.status === 403 || answer.status === 429 || answer.status >= 500) {
    return new StoreUnavailableError(message);
  }
  return new Error(message);
}

function toStored(body: { id: string; eTag?: string; fields?: Fields }): StoredItem {
  return { itemId: String(body.id), etag: body.eTag ?? String(body.fields?.['@odata.etag'] ?? ''), fields: body.fields ?? {} };
}

export class ListClient {
  constructor(
    private readonly gateway: GraphGateway,
    private readonly listPath: string,
    private readonly entity: string,
  ) {}

  /** Every item whose indexed column equals the value, following @odata.nextLink. */
  where(column: string, value: string): Promise<StoredItem[]> {
    return this.query(`fields/${column} eq ${quote(value)}`);
  }

  /** Every item whose indexed text column lies in [from, to): ISO instants sort as text. */
  between(column: string, from: string, to: string): Promise<StoredItem[]> {
    return this.query(`fields/${column} ge ${quote(from)} and fields/${column} lt ${quote(to)}`);
  }

  /** Every item whose indexed column equals the value and whose other indexed text column is at or after `from`. */
  whereSince(column: string, value: string, since: string, from: string): Promise<StoredItem[]> {
    return this.query(`fields/${column} eq ${quote(value)} and fields/${since} ge ${quote(from)}`);
  }

  private async query(expression: string): Promise<StoredItem[]> {
    const filter = encodeURIComponent(expression);
    let answer = await this.gateway.send({ method: 'GET', url: `${this.listPath}/items?$expand=fields&$filter=${filter}&$top=${PAGE_SIZE}` });
    const items: StoredItem[] = [];
    for (;;) {
      if (answer.status !== 200) throw failure(answer, `list ${this.entity}`);
      items.push(...(answer.body.value as { id: string; eTag?: string; fields?: Fields }[]).map(toStored));
      const next = answer.body['@odata.nextLink'] as string | undefined;
      if (!next) return items;
      answer = await this.gateway.nextPage(next);
    }
  }

  async one(column: string, value: string): Promise<StoredItem | undefined> {
    const [first] = await this.where(column, value);
    return first;
  }

  async create(fields: Fields): Promise<StoredItem> {
    const answer = await this.gateway.send({ method: 'POST', url: `${this.listPath}/items`, body: { fields } });
    if (answer.status === 409) throw new DuplicateRecordError();
    if (answer.status !== 201 && answer.status !== 200) throw failure(answer, `create ${this.entity}`);
    return toStored(answer.body);
  }

  /** PATCH with If-Match; a 412 means someone else wrote since the version was read. */
  async update(version: string, fields: Fields, recordId: string): Promise<string> {
    const { itemId, etag } = splitVersion(version);
    const answer = await this.gateway.send({ method: 'PATCH', url: `${this.listPath}/items/${itemId}/fields`, headers: { 'If-Match': etag }, body: fields });
    if (answer.status === 412 || answer.status === 404) throw new VersionConflictError(this.entity, recordId);
    if (answer.status !== 200) throw failure(answer, `update ${this.entity}`);
    const newEtag = answer.body?.['@odata.etag'] as string | undefined;
    if (newEtag) return `${itemId}:${newEtag}`;
    const fresh = await this.gateway.send({ method: 'GET', url: `${this.listPath}/items/${itemId}?$select=id,eTag` });
    if (fresh.status !== 200) throw failure(fresh, `read ${this.entity}`);
    return `${itemId}:${fresh.body.eTag as string}`;
  }

  async remove(itemId: string): Promise<void> {
    const answer = await this.gateway.send({ method: 'DELETE', url: `${this.listPath}/items/${itemId}` });
    if (answer.status !== 204 && answer.status !== 200 && answer.status !== 404) throw failure(answer, `delete ${this.entity}`);
  }
}
