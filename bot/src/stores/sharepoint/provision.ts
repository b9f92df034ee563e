import type { GraphGateway } from './graphGateway';
import { failure } from './listClient';
import { columnDefinition, LISTS, type ListSpec } from './schema';
import { listsByName, resolveSiteId } from './siteLists';

/**
 * Creates or updates the lists, their columns and indexes to match schema.ts.
 * Running it again on a site that matches changes nothing and says so.
 * https://learn.microsoft.com/en-us/graph/api/list-create
 * https://learn.microsoft.com/en-us/graph/api/list-post-columns
 * https://learn.microsoft.com/en-us/graph/api/columndefinition-update
 */
export interface ProvisionReport {
  siteId: string;
  changes: string[];
}

interface ExistingColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

async function createList(gateway: GraphGateway, siteId: string, spec: ListSpec): Promise<string> {
  const answer = await gateway.send({
    method: 'POST',
    url: `/sites/${siteId}/lists`,
    body: { displayName: spec.displayName, description: spec.description, list: { template: 'genericList' }, columns: spec.columns.map(columnDefinition) },
  });
  if (answer.status !== 201 && answer.status !== 200) throw failure(answer, `create list ${spec.displayName}`);
  return `created list "${spec.displayName}" with ${spec.columns.length} columns (${spec.columns.filter((c) => c.indexed).length} indexed)`;
}

async function updateList(gateway: GraphGateway, siteId: string, listId: string, spec: ListSpec): Promise<string[]> {
  const path = `/sites/${siteId}/lists/${listId}/columns`;
  const answer = await gateway.send({ method: 'GET', url: path });
  if (answer.status !== 200) throw failure(answer, `columns of ${spec.displayName}`);
  const existing = new Map((answer.body.value as ExistingColumn[]).map((c) => [c.name.toLowerCase(), c]));
  const changes: string[] = [];
  // One column at a time: SharePoint applies schema changes to the list one by one anyway.
  for (const column of spec.columns) {
    const found = existing.get(column.name.toLowerCase());
    if (!found) {
      const created = await gateway.send({ method: 'POST', url: path, body: columnDefinition(column) });
      if (created.status !== 201 && created.status !== 200) throw failure(created, `add column ${column.name}`);
      changes.push(`added column ${spec.displayName}.${column.name}${column.indexed ? ' (indexed)' : ''}`);
    } else if (column.indexed && !found.indexed) {
      const patched = await gateway.send({ method: 'PATCH', url: `${path}/${found.id}`, body: { indexed: true } });
      if (patched.status !== 200) throw failure(patched, `index column ${column.name}`);
      changes.push(`indexed column ${spec.displayName}.${column.name}`);
    }
  }
  return changes;
}

export async function provision(gateway: GraphGateway, site: string): Promise<ProvisionReport> {
  const siteId = await resolveSiteId(gateway, site);
  const byName = await listsByName(gateway, siteId);
  const changes: string[] = [];
  for (const spec of LISTS) {
    const listId = byName.get(spec.displayName);
    if (!listId) changes.push(await createList(gateway, siteId, spec));
    else changes.push(...(await updateList(gateway, siteId, listId, spec)));
  }
  return { siteId, changes };
}
