import type { TokenCredential } from '@azure/identity';
import type { SharePointSettings } from './settings';
import type { Store } from '../../domain/storage';
import { SharePointArchiveIndex } from './archiveIndex';
import { createGraphCredential } from './credential';
import { createGraphClient } from './graphClient';
import { SharePointFeedbackAnswers, SharePointFeedbackRequests } from './feedback';
import { GraphGateway } from './graphGateway';
import { ListClient } from './listClient';
import { SharePointActions, SharePointFollowUps, SharePointItemMinutes, SharePointMinutes, SharePointMinutesVersions } from './minutes';
import { SharePointOutbox } from './outbox';
import { SharePointConversations, SharePointGroups, SharePointItems, SharePointMeetings, SharePointMembers, SharePointReminderPlans } from './repositories';
import { findSiteLists } from './siteLists';

/** The production store: the group's data in SharePoint lists on the team's site, through Microsoft Graph. */
export class SharePointStore implements Store {
  readonly groups: SharePointGroups;
  readonly members: SharePointMembers;
  readonly meetings: SharePointMeetings;
  readonly items: SharePointItems;
  readonly conversations: SharePointConversations;
  readonly reminderPlans: SharePointReminderPlans;
  readonly outbox: SharePointOutbox;
  readonly feedbackRequests: SharePointFeedbackRequests;
  readonly feedbackAnswers: SharePointFeedbackAnswers;
  readonly minutes: SharePointMinutes;
  readonly itemMinutes: SharePointItemMinutes;
  readonly actions: SharePointActions;
  readonly followUps: SharePointFollowUps;
  readonly minutesVersions: SharePointMinutesVersions;
  readonly archiveIndex: SharePointArchiveIndex;

  private constructor(gateway: GraphGateway, siteId: string, listIds: Record<string, string>) {
    const list = (key: string, entity: string) => new ListClient(gateway, `/sites/${siteId}/lists/${listIds[key]}`, entity);
    this.groups = new SharePointGroups(list('groups', 'group'));
    this.members = new SharePointMembers(list('members', 'member'));
    this.meetings = new SharePointMeetings(list('meetings', 'meeting'));
    this.items = new SharePointItems(list('items', 'agenda item'));
    this.conversations = new SharePointConversations(list('conversations', 'conversation'));
    this.reminderPlans = new SharePointReminderPlans(list('reminderPlans', 'reminder plan'));
    this.outbox = new SharePointOutbox(list('outbox', 'outbox entry'));
    this.feedbackRequests = new SharePointFeedbackRequests(list('feedbackRequests', 'feedback request'));
    this.feedbackAnswers = new SharePointFeedbackAnswers(list('feedbackAnswers', 'feedback answer'));
    this.minutes = new SharePointMinutes(list('minutes', 'minutes'));
    this.itemMinutes = new SharePointItemMinutes(list('itemMinutes', 'item minutes'));
    this.actions = new SharePointActions(list('actions', 'action'));
    this.followUps = new SharePointFollowUps(list('followUps', 'follow-up'));
    this.minutesVersions = new SharePointMinutesVersions(list('minutesVersions', 'minutes version'));
    this.archiveIndex = new SharePointArchiveIndex(list('archiveIndex', 'archive entry'));
  }

  static gateway(settings: SharePointSettings, credential?: TokenCredential): GraphGateway {
    const client = () => createGraphClient(settings, credential ?? createGraphCredential(settings));
    return new GraphGateway(client, { maxRetries: settings.maxRetries, maxDelayMs: settings.maxRetryDelaySeconds * 1000 });
  }

  /** Connects and finds the lists; fails at start, with what to do, when they are not provisioned. */
  static async connect(settings: SharePointSettings, credential?: TokenCredential): Promise<SharePointStore> {
    const gateway = SharePointStore.gateway(settings, credential);
    const { siteId, listIds } = await findSiteLists(gateway, settings.siteId);
    return new SharePointStore(gateway, siteId, listIds);
  }

  async close(): Promise<void> {
    // Nothing to release: Graph is stateless HTTP.
  }
}
