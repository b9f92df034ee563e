import type { ExportLinkResponse } from '../../../contract/archiveApi';
import { minutesDocx, minutesFileName } from '../../../documents/minutesDocx';
import { DomainError } from '../../../domain/errors';
import type { Services } from '../../../domain/services';
import type { ActorResolver } from '../../actors';
import { membershipIn } from '../access';
import { TabNotFound, type TabIdentity } from '../identity';
import { meetingOfGroup } from './readMinutes';

/**
 * Links to the server's own download of a meeting's minutes as Word. The browser opens
 * the link without the tab's token (Teams' embedded browser has none to send), so
 * the link itself is the permission: signed by the server and short-lived.
 */
export interface MinutesLinks {
  minutesDocx(meetingId: string, version: number, now: Date): string;
}

export interface MinutesFile {
  fileName: string;
  body: Buffer;
}

/**
 * A link to download published minutes, for a member of the group (a guest reads only
 * the items they present, so never the whole document). Who asks is settled before
 * anything of the meeting is read. Without `version`, the latest published one.
 */
export async function exportLink(services: Services, actors: ActorResolver, links: MinutesLinks, identity: TabIdentity, groupId: string, meetingId: string, version?: number): Promise<ExportLinkResponse> {
  const actor = await membershipIn(actors, identity, groupId);
  if (actor.member.membership === 'gast') throw new DomainError('exportNotForGuests');
  const meeting = await meetingOfGroup(services, actor.group, meetingId);
  const minutes = await services.minutes.get(meeting.id);
  const latest = minutes?.publishedVersion ?? 0;
  if (latest === 0) throw new DomainError('exportNotPublished');
  const shown = await services.deps.store.minutesVersions.get(meeting.id, version ?? latest);
  if (!shown) throw new TabNotFound('version');
  return {
    url: links.minutesDocx(meeting.id, shown.number, services.deps.now()),
    fileName: minutesFileName(shown.snapshot.groupName, shown.snapshot.meeting.startsAt, actor.group.language),
  };
}

/** The document a signed link names, in the group's language; undefined when the meeting or the version is gone. */
export async function minutesFile(services: Services, meetingId: string, version: number): Promise<MinutesFile | undefined> {
  const { store } = services.deps;
  const [meeting, published] = await Promise.all([store.meetings.get(meetingId), store.minutesVersions.get(meetingId, version)]);
  if (!meeting || !published) return undefined;
  const language = (await store.groups.get(meeting.groupId))?.language ?? 'sv';
  const { snapshot } = published;
  return {
    fileName: minutesFileName(snapshot.groupName, snapshot.meeting.startsAt, language),
    body: await minutesDocx(snapshot, language, { number: published.number, publishedAt: published.publishedAt, ...(published.reason ? { reason: published.reason } : {}) }),
  };
}

/** What the tab API and the download route ask of the application about the Word export. */
export interface TabMinutesExport {
  exportLink(identity: TabIdentity, groupId: string, meetingId: string, version?: number): Promise<ExportLinkResponse>;
  file(meetingId: string, version: number): Promise<MinutesFile | undefined>;
}

export const tabMinutesExport = (services: Services, actors: ActorResolver, links: MinutesLinks): TabMinutesExport => ({
  exportLink: (identity, groupId, meetingId, version) => exportLink(services, actors, links, identity, groupId, meetingId, version),
  file: (meetingId, version) => minutesFile(services, meetingId, version),
});
