import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectToHost } from './host/teamsHost';
import { stringsFor } from './i18n/strings';
import { routeOf } from './route';

/** Starts the tab: finds out whether Teams hosts it, then renders the page the URL names. */
async function start(): Promise<void> {
  const host = await connectToHost();
  document.documentElement.lang = host.locale === 'en' ? 'en' : 'sv';
  document.title = stringsFor(host.locale).appName;
  createRoot(document.getElementById('root')!).render(<App host={host} route={routeOf(window.location)} />);
}

void start();
