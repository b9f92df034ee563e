import { useRef } from 'react';
import type { MeResponse, NextMeetingResponse } from '../../../bot/src/contract/tabApi';
import type { TabApi } from '../api/tabApi';
import type { Host } from '../host/teamsHost';
import type { TabStrings } from '../i18n/strings';
import { chooseGroup } from './chooseGroup';
import { NextMeetingView } from './NextMeetingView';
import { DevelopmentIdentityNotice, FailureNotice, InfoNotice, Loading } from './Notices';
import { useLoad } from './useLoad';

export interface ContentData {
  me: MeResponse;
  next?: NextMeetingResponse;
}

export async function loadContent(api: TabApi, host: Host, configured?: string): Promise<ContentData> {
  // With a configured group both calls go out together.
  const [me, early] = await Promise.all([api.me(), configured ? api.nextMeeting(configured) : Promise.resolve(undefined)]);
  const groupId = chooseGroup(me, host, configured);
  const next = early ?? (groupId ? await api.nextMeeting(groupId) : undefined);
  return { me, next };
}

interface Props {
  api: TabApi;
  host: Host;
  t: TabStrings;
  groupId?: string;
  /** The first load, started before React rendered anything; later loads (refresh, retry) go out afresh. */
  prefetched?: Promise<ContentData>;
}

/** The channel tab (and local mode in a browser): the group's next meeting. */
export function ContentPage({ api, host, t, groupId, prefetched }: Props) {
  const first = useRef(prefetched);
  const loaded = useLoad(() => {
    const early = first.current;
    first.current = undefined;
    return early ?? loadContent(api, host, groupId);
  }, groupId ?? '');
  if (loaded.state === 'loading') return <Loading t={t} />;
  if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
  const { me, next } = loaded.value;
  return (
    <>
      {me.developmentIdentity && <DevelopmentIdentityNotice t={t} name={me.user.name} />}
      {next ? <NextMeetingView next={next} t={t} locale={host.locale} onRefresh={loaded.retry} /> : <InfoNotice text={host.teamId ? t.noGroupInTeam : t.noGroups} />}
    </>
  );
}
