import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { TabApi } from './api/tabApi';
import type { Host, TeamsTheme } from './host/teamsHost';
import { stringsFor } from './i18n/strings';
import type { TabRoute } from './route';
import { ContentPage, type ContentData } from './views/ContentPage';
import { Loading } from './views/Notices';
import { useLayout } from './views/styles';

// The configuration page and the personal tab are opened less often: their code loads on demand.
const ConfigPage = lazy(() => import('./views/ConfigPage'));
const PersonalPage = lazy(() => import('./views/PersonalPage'));

const THEMES: Record<TeamsTheme, Theme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

interface Props {
  host: Host;
  route: TabRoute;
  api: TabApi;
  prefetched?: Promise<ContentData>;
}

export function App({ host, route, api, prefetched }: Props) {
  const [theme, setTheme] = useState<TeamsTheme>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const t = stringsFor(host.locale);
  const layout = useLayout();
  return (
    <FluentProvider theme={THEMES[theme]} lang={host.locale} data-theme={theme}>
      <main className={layout.page}>
        <Suspense fallback={<Loading t={t} />}>
          {route.page === 'config' && <ConfigPage api={api} host={host} t={t} />}
          {route.page === 'personal' && <PersonalPage api={api} host={host} t={t} />}
          {route.page === 'content' && <ContentPage api={api} host={host} t={t} groupId={route.groupId} view={route.view} meetingId={route.meetingId} prefetched={prefetched} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
