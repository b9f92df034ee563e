import type { MinutesVersion } from '../../domain/minutes/model';
import type { Services } from '../../domain/services';
import { formatDay } from '../../i18n/format';
import { messages } from '../../i18n';
import type { ActorResolver } from '../actors';
import type { Collected, DueWorkSource } from '../outbox/dueWork';

const DAY_MS = 24 * 3600_000;
/** A post about new minutes is worth sending for a week; after downtime longer than that it is recorded as too late. */
export const PUBLISHED_POST_DAYS = 7;

/** Each published version is posted once, whoever publishes it and however often the pass runs. */
export const publishedKey = (version: Pick<MinutesVersion, 'meetingId' | 'number'>): string => `minutes/${version.meetingId}/v${version.number}/channel`;

/**
 * Published minutes, said in the group's channel: "Anteckningarna från mötet … finns
 * nu i fliken", and a correction with its reason. The versions published in the last
 * week are read by their indexed publication time, so a publication whose process
 * stopped before the post was queued is posted by the next pass.
 */
export class PublishedMinutes implements DueWorkSource {
  readonly name = 'minutes';

  constructor(
    private readonly services: Services,
    private readonly actors: ActorResolver,
  ) {}

  async collect(now: Date): Promise<Collected> {
    const collected: Collected = { work: [], notes: [] };
    const from = new Date(now.getTime() - PUBLISHED_POST_DAYS * DAY_MS).toISOString();
    const versions = await this.services.deps.store.minutesVersions.listPublishedBetween(from, new Date(now.getTime() + 1).toISOString());
    const known = await this.services.deps.store.outbox.existingKeys(versions.map(publishedKey));
    for (const version of versions.filter((v) => !known.has(publishedKey(v)))) {
      const group = await this.actors.groupForJob(version.groupId);
      const channel = group ? await this.services.conversations.channelOf(group.id) : undefined;
      if (!group || !channel) {
        collected.notes.push({ groupId: version.groupId, kind: 'minutesPublished', reason: group ? 'noConversation' : 'groupUnreachable', detail: group ? 'no channel stored for the team' : 'the app was removed from the team' });
        continue;
      }
      const t = messages(group.language).minutes;
      const day = formatDay(version.snapshot.meeting.startsAt, group.language);
      collected.work.push({
        key: publishedKey(version),
        groupId: group.id,
        kind: 'minutesPublished',
        target: { kind: 'conversation', conversationId: channel.conversationId },
        dueAt: new Date(version.publishedAt),
        usefulUntil: new Date(Date.parse(version.publishedAt) + PUBLISHED_POST_DAYS * DAY_MS),
        render: async () => ({ type: 'text', text: version.number === 1 ? t.published(day) : t.corrected(day, version.number, version.reason ?? '') }),
      });
    }
    return collected;
  }
}
