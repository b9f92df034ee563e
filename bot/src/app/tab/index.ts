import type { MeResponse, NextMeetingResponse } from '../../contract/tabApi';
import type { Services } from '../../domain/services';
import type { ActorResolver } from '../actors';
import type { TabIdentity } from './identity';
import { me } from './me';
import { nextMeeting } from './nextMeeting';

export { TabAccessDenied, TabBadRequest, TabNotFound, type TabIdentity } from './identity';

/** What the tab API asks of the application: plain JSON for one identity. */
export interface TabQueries {
  me(identity: TabIdentity): Promise<MeResponse>;
  nextMeeting(identity: TabIdentity, groupId: string): Promise<NextMeetingResponse>;
}

export const tabQueries = (services: Services, actors: ActorResolver): TabQueries => ({
  me: (identity) => me(actors, identity),
  nextMeeting: (identity, groupId) => nextMeeting(services, actors, identity, groupId),
});
