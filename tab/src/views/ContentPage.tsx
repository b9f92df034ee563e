import { lazy, Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { ArchiveTermsResponse } from '../../../bot/src/contract/archiveApi';
import type { MeResponse, NextMeetingResponse } from '../../../bot/src/contract/tabApi';
import type { TabApi } from '../api/tabApi';
import type { Host } from '../host/teamsHost';
import type { TabStrings } from '../i18n/strings';
import { urlOf, type ContentView } from '../route';
import type { ArchiveViewProps } from './archive/archiveCommon';
import { chooseGroup } from './chooseGroup';
import { loadMinutes, type MinutesData } from './minutes/loadMinutes';
import { NextMeetingView } from './NextMeetingView';
import { DevelopmentIdentityNotice, FailureNotice, InfoNotice, Loading } from './Notices';
import { useLayout } from './styles';
import { ViewNav } from './ViewNav';
import { useLoad } from './useLoad';

/** The minutes' code loads when the view is first opened (or at once, when the tab opens on it). */
export const loadMinutesPage = () => import('./minutes/MinutesPage');
const MinutesPage = lazy(loadMinutesPage);

/** The archive's views, each loaded when first opened (Arkiv at once, when the tab opens on it). */
export const loadArchiveView = () => import('./archive/ArchiveView');
const ARCHIVE_VIEWS: Record<'archive' | 'search' | 'decisions' | 'followUps', ComponentType<ArchiveViewProps>> = {
  archive: lazy(loadArchiveView),
  search: lazy(() => import('./archive/SearchView')),
  decisions: lazy(() => import('./archive/DecisionLogView')),
  followUps: lazy(() => import('./archive/FollowUpsView')),
};

export interface ContentData {
  me: MeResponse;
  groupId?: string;
  next?: NextMeetingResponse;
  minutes?: Promise<MinutesData>;
  /** Arkiv's first page, asked for as soon as the group is known. */
  archive?: Promise<ArchiveTermsResponse>;
}

/** What the view needs first; with a configured group the calls go out together. */
export async function loadContent(api: TabApi, host: Host, configured: string | undefined, view: ContentView, meetingId?: string): Promise<ContentData> {
  const forView = (groupId: string) => (view === 'next' ? api.nextMeeting(groupId) : undefined);
  const early = configured && view === 'minutes' ? loadMinutes(api, configured, meetingId) : undefined;
  const earlyArchive = configured && view === 'archive' ? api.archiveTerms(configured) : undefined;
  // Not everyone may see the configured group: then nobody waits for this early start.
  early?.catch(() => undefined);
  earlyArchive?.catch(() => undefined);
  const [me, next] = await Promise.all([api.me(), configured ? forView(configured) : Promise.resolve(undefined)]);
  const groupId = chooseGroup(me, host, configured);
  if (!groupId) return { me };
  if (view === 'minutes') return { me, groupId, minutes: early ?? loadMinutes(api, groupId, meetingId) };
  if (view === 'archive') {
    const archive = earlyArchive ?? api.archiveTerms(groupId);
    archive.catch(() => undefined);
    return { me, groupId, archive };
  }
  return { me, groupId, next: next ?? (await api.nextMeeting(groupId)) };
}

interface Props {
  api: TabApi;
  host: Host;
  t: TabStrings;
  groupId?: string;
  view: ContentView;
  meetingId?: string;
  /** The first load, started before React rendered anything; later loads (refresh, retry) go out afresh. */
  prefetched?: Promise<ContentData>;
}

/** The channel tab (and local mode in a browser): the group's next meeting, its meetings' minutes and its archive. */
export function ContentPage({ api, host, t, groupId, view: initialView, meetingId: initialMeeting, prefetched }: Props) {
  const layout = useLayout();
  const first = useRef(prefetched);
  const [view, setView] = useState(initialView);
  const [meetingId, setMeetingId] = useState(initialMeeting);
  const loaded = useLoad(() => {
    const early = first.current;
    first.current = undefined;
    return early ?? loadContent(api, host, groupId, view, meetingId);
  }, `${groupId ?? ''}|${view}`);
  const go = (next: ContentView, meeting?: string): void => {
    window.history.replaceState(null, '', urlOf(window.location, next, meeting));
    setMeetingId(meeting);
    setView(next);
  };

  const missing = <InfoNotice text={host.teamId ? t.noGroupInTeam : t.noGroups} />;
  const body = (): ReactNode => {
    if (loaded.state === 'loading') return <Loading t={t} />;
    if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
    const { me, next, minutes, archive } = loaded.value;
    const group = me.groups.find((g) => g.groupId === loaded.value.groupId);
    if (view === 'next') return next ? <NextMeetingView next={next} t={t} locale={host.locale} onRefresh={loaded.retry} /> : missing;
    if (!group) return missing;
    if (view !== 'minutes') {
      // The archive is the group's: a guest, who sees only the items they present, is told so rather than refused.
      if (group.membership === 'gast') return <InfoNotice text={t.archiveMembersOnly} />;
      const View = ARCHIVE_VIEWS[view];
      return (
        <Suspense fallback={<Loading t={t} />}>
          <View api={api} t={t} locale={host.locale} groupId={group.groupId} groupName={group.name} onOpenMinutes={(id) => go('minutes', id)} prefetched={archive} />
        </Suspense>
      );
    }
    return (
      <Suspense fallback={<Loading t={t} />}>
        <MinutesPage api={api} t={t} locale={host.locale} groupId={group.groupId} groupName={group.name} meetingId={meetingId} prefetched={minutes} onMeeting={(id) => go('minutes', id)} />
      </Suspense>
    );
  };
  return (
    <>
      {loaded.state === 'done' && loaded.value.me.developmentIdentity && <DevelopmentIdentityNotice t={t} name={loaded.value.me.user.name} />}
      <ViewNav view={view} t={t} onView={(next) => go(next)} />
      <div className={layout.panel}>{body()}</div>
    </>
  );
}
