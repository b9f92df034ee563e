import type { ArchiveAction, ArchiveTermResponse, ArchiveTermsResponse, DecisionLogResponse, FollowUpsResponse, SearchResponse } from '../../../contract/archiveApi';
import { EditConflict } from '../../../domain/errors';
import type { ActionView } from '../../../domain/archive/service';
import { isCoordinator, type Actor } from '../../../domain/model';
import type { Services } from '../../../domain/services';
import type { ActorResolver } from '../../actors';
import { membershipIn } from '../access';
import { TabBadRequest, type TabIdentity } from '../identity';
import { archiveActionJson, decisionJson, followUpJson, hitJson, termRef } from './archiveJson';

/** What the tab's archive asks of the application: every query for one identity in one group. */
export interface TabArchive {
  terms(identity: TabIdentity, groupId: string): Promise<ArchiveTermsResponse>;
  term(identity: TabIdentity, groupId: string, term: string): Promise<ArchiveTermResponse>;
  search(identity: TabIdentity, groupId: string, query: string | null, term: string | null): Promise<SearchResponse>;
  decisions(identity: TabIdentity, groupId: string, term: string | null, query: string | null): Promise<DecisionLogResponse>;
  followUps(identity: TabIdentity, groupId: string, includeDone: boolean): Promise<FollowUpsResponse>;
  /** A member of the group who may read its archive, settled before a write's body is read. */
  reader(identity: TabIdentity, groupId: string): Promise<Actor>;
  markAction(actor: Actor, actionId: string, body: Record<string, unknown>): Promise<ArchiveAction>;
}

const versionFrom = (body: Record<string, unknown>): string | undefined => (typeof body.version === 'string' && body.version.length <= 300 ? body.version : undefined);

/**
 * The archive for the tab, through the app's one actor resolver: the person is a
 * current member of the group before anything of the archive is read; the domain
 * then refuses guests and checks what was asked before it searches.
 */
export function tabArchive(services: Services, actors: ActorResolver): TabArchive {
  const { archive } = services;
  const reader = (identity: TabIdentity, groupId: string): Promise<Actor> => membershipIn(actors, identity, groupId);
  const optional = (value: string | null): string | undefined => (value === null ? undefined : value);
  return {
    async terms(identity, groupId) {
      const actor = await reader(identity, groupId);
      const { terms, shown } = await archive.terms(actor);
      return {
        group: { groupId: actor.group.id, name: actor.group.name },
        terms: terms.map((t) => ({ ...termRef(t), meetings: t.meetings, published: t.published })),
        ...(shown ? { shown: { term: termRef(shown.term), meetings: shown.meetings } } : {}),
      };
    },
    async term(identity, groupId, key) {
      const found = await archive.term(await reader(identity, groupId), key);
      return { term: termRef(found.term), meetings: found.meetings };
    },
    async search(identity, groupId, query, term) {
      const found = await archive.search(await reader(identity, groupId), query ?? '', optional(term));
      return { query: found.query, more: found.more, hits: found.hits.map(hitJson) };
    },
    async decisions(identity, groupId, term, query) {
      // An empty filter box is no filter: the whole log.
      const found = await archive.decisions(await reader(identity, groupId), optional(term), query === null || query.trim() === '' ? undefined : query);
      return { terms: found.terms.map(termRef), decisions: found.decisions.map(decisionJson) };
    },
    async followUps(identity, groupId, includeDone) {
      const actor = await reader(identity, groupId);
      const found = await archive.followUps(actor, includeDone);
      return {
        viewer: { memberId: actor.member.id, canMarkAny: isCoordinator(actor.member) },
        actions: found.actions.map(archiveActionJson),
        followUps: found.followUps.map(followUpJson),
      };
    },
    async reader(identity, groupId) {
      const actor = await reader(identity, groupId);
      archive.assertReader(actor);
      return actor;
    },
    async markAction(actor, actionId, body) {
      if (typeof body.done !== 'boolean') throw new TabBadRequest('done');
      try {
        return archiveActionJson(await archive.markAction(actor, actionId, versionFrom(body), body.done));
      } catch (error) {
        // The conflict carries the action as it is now, as the tab shows it.
        if (error instanceof EditConflict) throw new EditConflict(archiveActionJson(error.current as ActionView), '');
        throw error;
      }
    },
  };
}
