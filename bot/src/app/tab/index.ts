import type { MeResponse, NextMeetingResponse } from '../../contract/tabApi';
import type { DomainDeps } from '../../domain/deps';
import type { TabIdentity } from './identity';
import { me } from './me';
import { nextMeeting } from './nextMeeting';

export { developmentIdentity } from './developmentIdentity';
export { TabAccessDenied, type TabIdentity } from './identity';

/** What the tab API asks of the application: plain JSON for one identity. */
export interface TabQueries {
  me(identity: TabIdentity): Promise<MeResponse>;
  nextMeeting(identity: TabIdentity, groupId: string): Promise<NextMeetingResponse>;
}

export const tabQueries = (deps: DomainDeps): TabQueries => ({
  me: (identity) => me(deps, identity),
  nextMeeting: (identity, groupId) => nextMeeting(deps, identity, groupId),
});
