import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FollowUpJson, MinutesItemJson } from '../../../../bot/src/contract/minutesApi';
import { formatMeetingDay } from '../../i18n/format';
import { ProblemNotice } from '../Notices';
import { newId, type EditorContext } from './editorContext';
import { useMinutesStyles } from './minutesStyles';
import { useRequest } from './useRequest';

interface Props {
  ctx: EditorContext;
  item: MinutesItemJson;
  label: string;
  followUps: FollowUpJson[];
  onFollowUps(followUps: FollowUpJson[]): void;
}

/** "Tas upp igen om två veckor": the item goes on a later meeting's agenda, marked as a follow-up. */
export function FollowUpEditor({ ctx, item, label, followUps, onFollowUps }: Props) {
  const { api, groupId, meetingId, t, locale, editing } = ctx;
  const styles = useMinutesStyles();
  const later = editing.laterMeetings;
  const [target, setTarget] = useState(later[0]?.meetingId ?? '');
  const [pendingId, setPendingId] = useState(newId);
  const { busy, problem, run: act } = useRequest(t);


  const add = () => act(async () => {
    const added = await api.addFollowUp(groupId, meetingId, { followUpId: pendingId, itemId: item.itemId, targetMeetingId: target });
    onFollowUps([...followUps.filter((f) => f.followUpId !== added.followUpId), added]);
    setPendingId(newId());
  });

  const remove = (followUp: FollowUpJson) => act(async () => {
    await api.removeFollowUp(groupId, meetingId, followUp.followUpId);
    onFollowUps(followUps.filter((f) => f.followUpId !== followUp.followUpId));
  });

  return (
    <div className={styles.document}>
      {followUps.map((followUp) => (
        <div key={followUp.followUpId} className={styles.row}>
          <Text>{t.takenUpAgain(formatMeetingDay(followUp.startsAt, locale))}</Text>
          <Button size="small" aria-label={t.removeFollowUp(formatMeetingDay(followUp.startsAt, locale))} onClick={() => void remove(followUp)} disabled={busy}>
            {t.remove}
          </Button>
        </div>
      ))}
      {later.length === 0 ? (
        <Text className={styles.muted}>{t.noLaterMeeting}</Text>
      ) : (
        <div className={styles.row}>
          <Field label={t.followUpTarget(label)}>
            <Select value={target} onChange={(_e, data) => setTarget(data.value)}>
              {later.map((m) => (
                <option key={m.meetingId} value={m.meetingId}>
                  {formatMeetingDay(m.startsAt, locale)}, {m.place}
                </option>
              ))}
            </Select>
          </Field>
          <Button aria-label={t.addFollowUpFor(label)} onClick={() => void add()} disabled={busy || !target}>
            {t.addFollowUp}
          </Button>
        </div>
      )}
      {problem && <ProblemNotice text={problem} />}
    </div>
  );
}
