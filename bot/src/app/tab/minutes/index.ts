import type { ActionJson, AttendanceSaved, CorrectionStarted, FollowUpJson, ItemMinutesSaved, MeetingsResponse, MinutesResponse, MyActionsResponse, PublishedAnswer } from '../../../contract/minutesApi';
import type { Actor } from '../../../domain/model';
import type { Services } from '../../../domain/services';
import type { ActorResolver } from '../../actors';
import type { OutboxKick } from '../../verbs/cardVerb';
import type { TabIdentity } from '../identity';
import { meetingsOf, minutesOf, myActions } from './readMinutes';
import { MinutesWrites, writerIn } from './writeMinutes';

export { pathId } from './writeMinutes';
export { tabMinutesExport, type MinutesFile, type MinutesLinks, type TabMinutesExport } from './exportMinutes';

type Body = Record<string, unknown>;

/** What the tab API asks of the application about minutes: reads for one identity, writes for one writer. */
export interface TabMinutes {
  meetings(identity: TabIdentity, groupId: string): Promise<MeetingsResponse>;
  minutes(identity: TabIdentity, groupId: string, meetingId: string, version?: number): Promise<MinutesResponse>;
  myActions(identity: TabIdentity): Promise<MyActionsResponse>;
  /** The chair or secretary of the group, settled before a write's body is read. */
  writer(identity: TabIdentity, groupId: string): Promise<Actor>;
  saveAttendance(writer: Actor, meetingId: string, body: Body): Promise<AttendanceSaved>;
  saveItem(writer: Actor, meetingId: string, itemId: string, body: Body): Promise<ItemMinutesSaved>;
  addAction(writer: Actor, meetingId: string, body: Body): Promise<ActionJson>;
  updateAction(writer: Actor, meetingId: string, actionId: string, body: Body): Promise<ActionJson>;
  removeAction(writer: Actor, meetingId: string, actionId: string, version: string | undefined): Promise<{ removed: true }>;
  addFollowUp(writer: Actor, meetingId: string, body: Body): Promise<FollowUpJson>;
  removeFollowUp(writer: Actor, meetingId: string, followUpId: string): Promise<{ removed: true }>;
  publish(writer: Actor, meetingId: string): Promise<PublishedAnswer>;
  correct(writer: Actor, meetingId: string, body: Body): Promise<CorrectionStarted>;
}

export function tabMinutes(services: Services, actors: ActorResolver, outbox: OutboxKick): TabMinutes {
  const writes = new MinutesWrites(services, outbox);
  return {
    meetings: (identity, groupId) => meetingsOf(services, actors, identity, groupId),
    minutes: (identity, groupId, meetingId, version) => minutesOf(services, actors, identity, groupId, meetingId, version),
    myActions: (identity) => myActions(services, actors, identity),
    writer: (identity, groupId) => writerIn(actors, identity, groupId),
    saveAttendance: (writer, meetingId, body) => writes.saveAttendance(writer, meetingId, body),
    saveItem: (writer, meetingId, itemId, body) => writes.saveItem(writer, meetingId, itemId, body),
    addAction: (writer, meetingId, body) => writes.addAction(writer, meetingId, body),
    updateAction: (writer, meetingId, actionId, body) => writes.updateAction(writer, meetingId, actionId, body),
    removeAction: (writer, meetingId, actionId, version) => writes.removeAction(writer, meetingId, actionId, version),
    addFollowUp: (writer, meetingId, body) => writes.addFollowUp(writer, meetingId, body),
    removeFollowUp: (writer, meetingId, followUpId) => writes.removeFollowUp(writer, meetingId, followUpId),
    publish: (writer, meetingId) => writes.publish(writer, meetingId),
    correct: (writer, meetingId, body) => writes.correct(writer, meetingId, body),
  };
}
