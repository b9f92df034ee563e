import { createRoot } from 'react-dom/client';
import { createTabApi } from './api/tabApi';
import { App } from './App';
import { connectToHost } from './host/teamsHost';
import { stringsFor } from './i18n/strings';
import { routeOf, urlOf, withSubPage } from './route';
import { loadArchiveView, loadContent, loadMinutesPage } from './views/ContentPage';

const QUICK_ANSWER_MS = 500;

/** Starts the tab: finds out whether Teams hosts it, then renders the page the URL names. */
async function start(): Promise<void> {
  const host = await connectToHost();
  const route = withSubPage(routeOf(window.location), host.subPageId);
  // A deep link's minutes get their own address, so a reload stays on them.
  if (route.page === 'content' && route.view === 'minutes' && host.subPageId) window.history.replaceState(null, '', urlOf(window.location, 'minutes', route.meetingId));
  const api = createTabApi(host);
  // The meeting is asked for before React starts. A quick answer is awaited, so the page renders once,
  // with the meeting, instead of a spinner first that keeps the main thread from the answer.
  const prefetched = route.page === 'content' ? loadContent(api, host, route.groupId, route.view, route.meetingId) : undefined;
  // Opening on the minutes: their code comes beside the data, not after it.
  if (route.page === 'content' && route.view === 'minutes') void loadMinutesPage().catch(() => undefined);
  if (route.page === 'content' && route.view === 'archive') void loadArchiveView().catch(() => undefined);
  // Opening on the minutes, the quick answer includes them, not only who is signed in.
  const answered = prefetched?.then((content) => content.minutes).catch(() => undefined);
  if (answered) await Promise.race([answered.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, QUICK_ANSWER_MS))]);
  document.documentElement.lang = host.locale === 'en' ? 'en' : 'sv';
  document.title = stringsFor(host.locale).appName;
  createRoot(document.getElementById('root')!).render(<App host={host} route={route} api={api} prefetched={prefetched} />);
}

void start();
