import type { TabIdentity } from '../app/tab';
import { DEMO_PEOPLE, DEMO_TEAM } from '../demo/demoGroup';

/**
 * Local mode has no Entra to sign in with, so the tab acts as the demo group's
 * secretary. The wiring uses it only in local mode without sign-on settings, and
 * the tab says so on every view.
 */
export function developmentIdentity(): TabIdentity {
  const secretary = DEMO_PEOPLE.find((p) => p.role === 'sekreterare')!;
  return { aadObjectId: secretary.aadObjectId, tenantId: DEMO_TEAM.tenantId, name: secretary.name, isDevelopment: true };
}
