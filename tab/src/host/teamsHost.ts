import { tabLocaleFrom, type TabLocale } from '../i18n/strings';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** What the tab knows about where it runs. Outside Teams (local mode in a browser) it runs on its own. */
export interface Host {
  inTeams: boolean;
  theme: TeamsTheme;
  locale: TabLocale;
  /** The team's id (19:…@thread.tacv2) in a channel tab or its configuration page. */
  teamId?: string;
  /** A Teams SSO token for the tab's API; absent outside Teams, where local mode needs none. */
  getToken?: () => Promise<string>;
  /** Where a deep link into the tab points (teams-js page.subPageId), e.g. `protokoll:<meetingId>`. */
  subPageId?: string;
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
}

/**
 * app.initialize() rejects at once on a top-level page, but inside a frame whose parent
 * never answers (any page that frames the tab outside Teams) it waits forever: race it.
 */
export const INITIALIZE_TIMEOUT_MS = 5000;

const asTheme = (value: string | undefined): TeamsTheme => (value === 'dark' || value === 'contrast' ? value : 'default');

const standalone: Host = { inTeams: false, theme: 'default', locale: 'sv', onThemeChange: () => undefined };

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Teams shows a tab in a frame (web, desktop) or in a webview with a native bridge (mobile).
 * A top-level page without that bridge is a browser outside Teams, where teams-js has nothing
 * to talk to: it is not even loaded then.
 */
const mayBeInTeams = (): boolean => window.parent !== window || 'nativeInterface' in window;

export async function connectToHost(timeoutMs = INITIALIZE_TIMEOUT_MS): Promise<Host> {
  if (!mayBeInTeams()) return standalone;
  const { app, authentication } = await import('./teamsSdk');
  try {
    await within(app.initialize(), timeoutMs);
  } catch {
    return standalone;
  }
  const context = await app.getContext().catch(() => undefined);
  // Dagordning shows its own loading state; tell Teams the app is up.
  void app.notifySuccess().catch(() => undefined);
  return {
    inTeams: true,
    theme: asTheme(context?.app.theme),
    locale: tabLocaleFrom(context?.app.locale),
    teamId: context?.team?.internalId,
    subPageId: context?.page.subPageId || undefined,
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
  };
}
