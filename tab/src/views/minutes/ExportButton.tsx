import { Button, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportLinkResponse } from '../../../../bot/src/contract/archiveApi';
import type { TabApi } from '../../api/tabApi';
import type { TabStrings } from '../../i18n/strings';
import { ProblemNotice } from '../Notices';
import { useMinutesStyles } from './minutesStyles';
import { useRequest } from './useRequest';

interface Props {
  api: TabApi;
  t: TabStrings;
  groupId: string;
  meetingId: string;
  /** The published version on screen: that one is downloaded. */
  version: number;
}

/**
 * "Ladda ner som Word": the server answers with a short-lived signed link, which the
 * browser opens (Teams hands it to the system browser). Where a pop-up is blocked, the
 * link stays here to follow by hand.
 */
export function ExportButton({ api, t, groupId, meetingId, version }: Props) {
  const styles = useMinutesStyles();
  const { busy, problem, run } = useRequest(t);
  const [blocked, setBlocked] = useState<ExportLinkResponse>();
  const download = () => run(async () => {
    setBlocked(undefined);
    const link = await api.exportMinutes(groupId, meetingId, version);
    const opened = window.open(link.url, '_blank');
    if (opened) opened.opener = null;
    else setBlocked(link);
  });
  return (
    <div className={styles.toolbar} data-print="hide">
      <Button appearance="secondary" disabled={busy} onClick={() => void download()} data-testid="export-word">
        {busy ? t.exporting : t.exportWord}
      </Button>
      {blocked && (
        <Text>
          <Link href={blocked.url} target="_blank" rel="noopener noreferrer">
            {blocked.fileName}
          </Link>
        </Text>
      )}
      {problem && <ProblemNotice text={problem} />}
    </div>
  );
}
