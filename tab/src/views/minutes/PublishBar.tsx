import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { MinutesResponse } from '../../../../bot/src/contract/minutesApi';
import type { TabApi } from '../../api/tabApi';
import type { TabStrings } from '../../i18n/strings';
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

  const publish = () => run(async () => {
    const { version } = await api.publish(groupId, meetingId);
    setOpen(false);
    onDone(t.publishedNow(version.number));
  });
  const correct = () => run(async () => {
    await api.correct(groupId, meetingId, { version: minutes.editing?.version, reason });
    setOpen(false);
    setReason('');
    onDone();
  });
  const published = minutes.state === 'published';
  const trigger = published ? t.correct : t.publish;

  return (
    <div className={styles.toolbar}>
      <Dialog open={open} onOpenChange={(_e, data) => setOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance={published ? 'secondary' : 'primary'}>{trigger}</Button>
        </DialogTrigger>
        <DialogSurface aria-describedby="publish-text">
          <DialogBody>
            <DialogTitle>{published ? t.correctTitle : t.publishTitle}</DialogTitle>
            <DialogContent className={styles.document}>
              {published ? (
                <Field label={t.correctReason} hint={t.correctHint} required>
                  <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} rows={3} />
                </Field>
              ) : (
                <Text as="p" id="publish-text" className={styles.paragraph}>
                  {unsaved ? t.publishUnsaved : t.publishText}
                </Text>
              )}
              {published && <span id="publish-text" hidden />}
              {problem && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t.cancel}</Button>
              </DialogTrigger>
              <Button appearance="primary" disabled={busy || (!published && unsaved)} onClick={() => void (published ? correct() : publish())}>
                {published ? t.startCorrection : t.publish}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
