import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { MinutesResponse } from '../../../../bot/src/contract/minutesApi';
import type { TabApi } from '../../api/tabApi';
import type { TabStrings } from '../../i18n/strings';
import { ProblemNotice } from '../Notices';
import { ConfirmDialog } from './ConfirmDialog';
import { useMinutesStyles } from './minutesStyles';
import { useRequest } from './useRequest';

interface Props {
  api: TabApi;
  groupId: string;
  minutes: MinutesResponse;
  t: TabStrings;
  /** Something is not saved yet: publishing waits for it. */
  unsaved: boolean;
  onDone(message?: string): void;
}

/** Publishing (after a confirmation) and starting a correction (with its reason), for the chair and the secretary. */
export function PublishBar({ api, groupId, minutes, t, unsaved, onDone }: Props) {
  const styles = useMinutesStyles();
  const meetingId = minutes.meeting.meetingId;
  const { busy, problem, run } = useRequest(t);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const published = minutes.state === 'published';

  const confirm = () => run(async () => {
    if (published) await api.correct(groupId, meetingId, { version: minutes.editing?.version, reason });
    const version = published ? undefined : (await api.publish(groupId, meetingId)).version;
    setOpen(false);
    setReason('');
    onDone(version && t.publishedNow(version.number));
  });

  return (
    <div className={styles.toolbar}>
      <Button appearance={published ? 'secondary' : 'primary'} onClick={() => setOpen(true)}>
        {published ? t.correct : t.publish}
      </Button>
      <ConfirmDialog
        open={open}
        title={published ? t.correctTitle : t.publishTitle}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button appearance="secondary" onClick={() => setOpen(false)}>
              {t.cancel}
            </Button>
            <Button appearance="primary" disabled={busy || (!published && unsaved)} onClick={() => void confirm()}>
              {published ? t.startCorrection : t.publish}
            </Button>
          </>
        }
      >
        {published ? (
          <Field label={t.correctReason} hint={t.correctHint} required>
            <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} rows={3} />
          </Field>
        ) : (
          <Text as="p" className={styles.paragraph}>
            {unsaved ? t.publishUnsaved : t.publishText}
          </Text>
        )}
        {problem && <ProblemNotice text={problem} />}
      </ConfirmDialog>
    </div>
  );
}
