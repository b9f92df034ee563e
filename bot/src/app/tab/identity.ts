/** Who calls the tab API: taken from a validated sign-on token, never from the request. */
export interface TabIdentity {
  /** Entra object id (`oid`): the same person the bot knows as a member's aadObjectId. */
  aadObjectId: string;
  /** Entra tenant id (`tid`). */
  tenantId: string;
  name: string;
  /** The local development identity stands in for a signed-in user (local mode only). */
  isDevelopment: boolean;
}

/** The person may not see this group: another tenant, another team, or not a member. */
export class TabAccessDenied extends Error {
  constructor(readonly groupId: string) {
    super(`no access to group ${groupId}`);
    this.name = 'TabAccessDenied';
  }
}
