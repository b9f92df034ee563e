import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import type { MyGroup } from '../../../bot/src/contract/tabApi';
import type { TabApi } from '../api/tabApi';
import type { Host } from '../host/teamsHost';
import type { TabStrings } from '../i18n/strings';
import { chooseGroup } from './chooseGroup';
import { DevelopmentIdentityNotice, FailureNotice, InfoNotice, Loading } from './Notices';
import { PageHeader } from './PageHeader';
import { useLayout } from './styles';
import { useLoad } from './useLoad';

/** Where the channel tab points once saved: the content page for one group. */
export function tabUrlFor(groupId: string): string {
  return `${window.location.origin}/tab/?group=${encodeURIComponent(groupId)}`;
}

/**
 * The configuration page of the channel tab: choose the group (the team's own is
 * preselected); Teams' Save button stays disabled until one is chosen.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page
 */
export default function ConfigPage({ api, host, t }: { api: TabApi; host: Host; t: TabStrings }) {
  const layout = useLayout();
  const me = useLoad(() => api.me(), 'me');
  const [chosen, setChosen] = useState<MyGroup | undefined>();

  useEffect(() => {
    if (me.state === 'done' && !chosen) {
      const preselected = chooseGroup(me.value, host);
      setChosen(me.value.groups.find((g) => g.groupId === preselected));
    }
  }, [me, chosen, host]);

  useEffect(() => {
    if (!host.inTeams) return;
    pages.config.setValidityState(chosen !== undefined);
    if (!chosen) return;
    pages.config.registerOnSaveHandler((save) => {
      const url = tabUrlFor(chosen.groupId);
      pages.config
        .setConfig({ entityId: `dagordning-${chosen.groupId}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: t.appName })
        .then(
          () => save.notifySuccess(),
          (error: unknown) => save.notifyFailure(String(error)),
        );
    });
  }, [chosen, host, t]);

  if (me.state === 'loading') return <Loading t={t} />;
  if (me.state === 'failed') return <FailureNotice t={t} failure={me.failure} retry={me.retry} />;
  const { groups } = me.value;
  return (
    <>
      {me.value.developmentIdentity && <DevelopmentIdentityNotice t={t} name={me.value.user.name} />}
      <PageHeader title={t.configTitle} intro={t.configIntro} />
      {groups.length === 0 ? (
        <InfoNotice text={t.configNoGroups} />
      ) : (
        <>
          <Field label={t.configChoose}>
            <RadioGroup value={chosen?.groupId ?? ''} onChange={(_event, data) => setChosen(groups.find((g) => g.groupId === data.value))}>
              {groups.map((group) => (
                <Radio key={group.groupId} value={group.groupId} label={group.name} />
              ))}
            </RadioGroup>
          </Field>
          {chosen && (
            <Text as="p" className={layout.heading} data-testid="config-ready">
              {t.configReady(chosen.name)}
            </Text>
          )}
        </>
      )}
    </>
  );
}
