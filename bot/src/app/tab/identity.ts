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

/** What the tab asked for is not in the group it may see (a meeting of another group, a version never published). */
export class TabNotFound extends Error {
  constructor(readonly what: string) {
    super(`not found: ${what}`);
    this.name = 'TabNotFound';
  }
}

/** The tab sent something no form of it produces (an id that is not an id): nothing was read further. */
export class TabBadRequest extends Error {
  constructor(readonly what: string) {
    super(`bad request: ${what}`);
    this.name = 'TabBadRequest';
  }
}
