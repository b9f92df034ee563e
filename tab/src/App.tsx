import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createTabApi } from './api/tabApi';
import type { Host, TeamsTheme } from './host/teamsHost';
import { stringsFor } from './i18n/strings';
import type { TabRoute } from './route';
import { ContentPage } from './views/ContentPage';
import { Loading } from './views/Notices';
import { useLayout } from './views/styles';

// The configuration page and the personal tab are opened less often: their code loads on demand.
const ConfigPage = lazy(() => import('./views/ConfigPage'));
const PersonalPage = lazy(() => import('./views/PersonalPage'));

const THEMES: Record<TeamsTheme, Theme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

export function App({ host, route }: { host: Host; route: TabRoute }) {
  const [theme, setTheme] = useState<TeamsTheme>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const t = stringsFor(host.locale);
  const api = useMemo(() => createTabApi(host), [host]);
  const layout = useLayout();
  return (
    <FluentProvider theme={THEMES[theme]} lang={host.locale} data-theme={theme}>
      <main className={layout.page}>
        <Suspense fallback={<Loading t={t} />}>
          {route.page === 'config' && <ConfigPage api={api} host={host} t={t} />}
          {route.page === 'personal' && <PersonalPage api={api} host={host} t={t} />}
          {route.page === 'content' && <ContentPage api={api} host={host} t={t} groupId={route.groupId} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
