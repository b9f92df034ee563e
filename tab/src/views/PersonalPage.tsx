import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { MyAction } from '../../../bot/src/contract/minutesApi';
import type { MyGroup } from '../../../bot/src/contract/tabApi';
import type { TabApi } from '../api/tabApi';
import type { Host } from '../host/teamsHost';
import { formatLocalDay, formatMeetingDay } from '../i18n/format';
import type { TabLocale, TabStrings } from '../i18n/strings';
import { NextMeetingView } from './NextMeetingView';
import { DevelopmentIdentityNotice, FailureNotice, InfoNotice, Loading } from './Notices';
import { PageHeader } from './PageHeader';
import { useLayout } from './styles';
import { useLoad } from './useLoad';

/** The personal tab: my groups with my role in each, and each group's next meeting one step away. */
export default function PersonalPage({ api, host, t }: { api: TabApi; host: Host; t: TabStrings }) {
  const layout = useLayout();
  const [open, setOpen] = useState<MyGroup | undefined>();
  const loaded = useLoad(() => Promise.all([api.me(), api.myActions()]), 'me');
  if (loaded.state === 'loading') return <Loading t={t} />;
  if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
  const [me, mine] = loaded.value;
  const notice = me.developmentIdentity && <DevelopmentIdentityNotice t={t} name={me.user.name} />;
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
      {me.groups.length === 0 ? (
        <InfoNotice text={t.noGroups} />
      ) : (
        <ul className={layout.plainList} aria-label={t.myGroups}>
          {me.groups.map((group) => (
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
      <MyActions actions={mine.actions} t={t} locale={host.locale} />
    </>
  );
}

/** The actions the person owns in published minutes and has not done, the earliest due first. */
function MyActions({ actions, t, locale }: { actions: MyAction[]; t: TabStrings; locale: TabLocale }) {
  const layout = useLayout();
  return (
    <section className={layout.section} aria-labelledby="my-actions-heading">
      <Text as="h2" id="my-actions-heading" size={600} weight="semibold" className={layout.heading}>
        {t.myActions}
      </Text>
      {actions.length === 0 ? (
        <Text as="p" className={layout.heading}>
          {t.noActions}
        </Text>
      ) : (
        <ul className={layout.plainList}>
          {actions.map((action) => (
            <li key={action.actionId} className={layout.itemBody} data-testid="my-action">
              <Text weight="semibold">{action.what}</Text>
              <span className={layout.facts}>
                {action.due && <Text>{t.dueBy(formatLocalDay(action.due, locale))}</Text>}
                {action.overdue && (
                  <Badge appearance="tint" color="danger">
                    {t.overdue}
                  </Badge>
                )}
              </span>
              <Text className={layout.muted}>{t.actionFrom(action.groupName, formatMeetingDay(action.meetingStartsAt, locale), action.itemTitle)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupMeeting({ api, host, t, group }: { api: TabApi; host: Host; t: TabStrings; group: MyGroup }) {
  const next = useLoad(() => api.nextMeeting(group.groupId), group.groupId);
  if (next.state === 'loading') return <Loading t={t} />;
  if (next.state === 'failed') return <FailureNotice t={t} failure={next.failure} retry={next.retry} />;
  return <NextMeetingView next={next.value} t={t} locale={host.locale} onRefresh={next.retry} />;
}
