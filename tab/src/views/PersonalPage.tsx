import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { MyGroup } from '../../../bot/src/contract/tabApi';
import type { TabApi } from '../api/tabApi';
import type { Host } from '../host/teamsHost';
import type { TabStrings } from '../i18n/strings';
import { NextMeetingView } from './NextMeetingView';
import { DevelopmentIdentityNotice, FailureNotice, InfoNotice, Loading } from './Notices';
import { PageHeader } from './PageHeader';
import { useLayout } from './styles';
import { useLoad } from './useLoad';

/** The personal tab: my groups with my role in each, and each group's next meeting one step away. */
export default function PersonalPage({ api, host, t }: { api: TabApi; host: Host; t: TabStrings }) {
  const layout = useLayout();
  const [open, setOpen] = useState<MyGroup | undefined>();
  const me = useLoad(() => api.me(), 'me');
  if (me.state === 'loading') return <Loading t={t} />;
  if (me.state === 'failed') return <FailureNotice t={t} failure={me.failure} retry={me.retry} />;
  const notice = me.value.developmentIdentity && <DevelopmentIdentityNotice t={t} name={me.value.user.name} />;
  if (open) {
    return (
      <>
        {notice}
        <div>
          <Button appearance="subtle" onClick={() => setOpen(undefined)}>
            ← {t.backToGroups}
          </Button>
        </div>
        <GroupMeeting api={api} host={host} t={t} group={open} />
      </>
    );
  }
  return (
    <>
      {notice}
      <PageHeader title={t.myGroups} intro={t.myGroupsIntro} />
      {me.value.groups.length === 0 ? (
        <InfoNotice text={t.noGroups} />
      ) : (
        <ul className={layout.plainList} aria-label={t.myGroups}>
          {me.value.groups.map((group) => (
            <li key={group.groupId} className={layout.itemBody} data-testid="my-group">
              <Text as="h2" size={500} weight="semibold" className={layout.heading}>
                {group.name}
              </Text>
              <Text>{t.yourRole(t.roles[group.role], t.memberships[group.membership])}</Text>
              <div>
                <Button appearance="primary" onClick={() => setOpen(group)}>
                  {t.openNextMeeting(group.name)}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function GroupMeeting({ api, host, t, group }: { api: TabApi; host: Host; t: TabStrings; group: MyGroup }) {
  const next = useLoad(() => api.nextMeeting(group.groupId), group.groupId);
  if (next.state === 'loading') return <Loading t={t} />;
  if (next.state === 'failed') return <FailureNotice t={t} failure={next.failure} retry={next.retry} />;
  return <NextMeetingView next={next.value} t={t} locale={host.locale} onRefresh={next.retry} />;
}
