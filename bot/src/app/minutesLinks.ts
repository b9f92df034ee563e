import type { Group } from '../domain/model';

/** Where a link from chat opens a meeting's minutes: the group's channel tab in Teams, or the tab's web address. */
export interface MinutesLinks {
  minutes(group: Pick<Group, 'id' | 'teamId'>, meetingId: string, channelId?: string): string;
}

export interface MinutesLinkSettings {
  /** The Teams app's id (its manifest's `id`): with it, links open the channel tab inside Teams. */
  teamsAppId?: string;
  /** The tab's host, e.g. https://dagordning.example.se (no trailing slash). */
  baseUrl: () => string;
}

/**
 * Deep links to the tab: the entity is the one the tab's configuration page saves
 * (`dagordning-<group>`), and the sub-entity names the meeting, which the tab reads
 * as its context's `page.subPageId` and opens those minutes.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application#deep-link-to-a-tab
 */
export function minutesLinks(settings: MinutesLinkSettings): MinutesLinks {
  return {
    minutes(group, meetingId, channelId) {
      if (settings.teamsAppId) {
        // A personal chat has no channel: the team's general channel, whose id is the team's, holds the tab.
        const context = JSON.stringify({ subEntityId: `protokoll:${meetingId}`, channelId: channelId ?? group.teamId });
        return `https://teams.microsoft.com/l/entity/${encodeURIComponent(settings.teamsAppId)}/${encodeURIComponent(`dagordning-${group.id}`)}?context=${encodeURIComponent(context)}`;
      }
      const query = new URLSearchParams({ group: group.id, view: 'protokoll', meeting: meetingId });
      return `${settings.baseUrl()}/tab/?${query.toString()}`;
    },
  };
}
