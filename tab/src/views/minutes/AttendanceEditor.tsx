import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AttendanceGroupCode, AttendanceSaved, AttendeeJson, PersonJson, PresenceCode } from '../../../../bot/src/contract/minutesApi';
import { AttendanceLines } from './MinutesDocumentView';
import { draftKey, problemText, type EditorContext } from './editorContext';
import { useMinutesStyles } from './minutesStyles';
import { SaveProblem, SaveStatusLine } from './SaveStatusLine';
import { isUnsaved, useAutosave } from './useAutosave';

interface Header {
  attendance: AttendeeJson[];
  takenBy?: PersonJson;
}

const GROUPS: AttendanceGroupCode[] = ['LG', 'SG', 'extra'];
const PRESENCES: PresenceCode[] = ['present', 'remote', 'partTime', 'absent'];
const personKey = (person: PersonJson | undefined): string => (person ? (person.memberId ? `member:${person.memberId}` : `name:${person.name}`) : '');

/** Who attends, in which group and for which part, and who takes the minutes; saved as it changes. */
export function AttendanceEditor({ ctx, attendance, takenBy }: { ctx: EditorContext; attendance: AttendeeJson[]; takenBy?: PersonJson }) {
  const { api, groupId, meetingId, t, locale, editing } = ctx;
  const styles = useMinutesStyles();
  const [newName, setNewName] = useState('');
  const autosave = useAutosave<Header>({
    storageKey: draftKey(meetingId, 'attendance'),
    server: { value: { attendance, takenBy }, version: editing.version },
    save: async (header, version) => {
      const answer = await api.saveAttendance(groupId, meetingId, { version, ...header });
      return { value: { attendance: answer.attendance, takenBy: answer.takenBy }, version: answer.version };
    },
    fromConflict: (current) => {
      const theirs = current as AttendanceSaved | null;
      return theirs ? { value: { attendance: theirs.attendance, takenBy: theirs.takenBy }, version: theirs.version, by: '' } : undefined;
    },
    changedMeanwhile: (by) => t.changedMeanwhile(by),
    failureText: (failure) => problemText(failure, t),
  });
  const { value, setValue, status } = autosave;
  const unsaved = isUnsaved(status);
  useEffect(() => ctx.report('attendance', unsaved), [ctx, unsaved]);
  const change = (index: number, fields: Partial<AttendeeJson>) => setValue({ ...value, attendance: value.attendance.map((a, n) => (n === index ? { ...a, ...fields } : a)) });
  const addAttendee = () => {
    if (!newName.trim()) return;
    setValue({ ...value, attendance: [...value.attendance, { name: newName.trim(), group: 'extra', presence: 'partTime' }] });
    setNewName('');
  };
  const takers = [...editing.members.map((m): PersonJson => ({ memberId: m.memberId, name: m.name })), ...(value.takenBy && !value.takenBy.memberId ? [value.takenBy] : [])];

  return (
    <section aria-labelledby="attendance-heading" className={styles.document} data-testid="attendance-editor" data-print="hide">
      <Text as="h3" id="attendance-heading" size={500} weight="semibold" className={styles.paragraph}>
        {t.attendance}
      </Text>
      <table className={styles.table}>
        <tbody>
          {value.attendance.map((attendee, index) => (
            <tr key={`${attendee.memberId ?? attendee.name}-${index}`}>
              <th scope="row" className={styles.cell}>
                {attendee.name}
              </th>
              <td className={styles.cell}>
                <Select aria-label={t.groupOf(attendee.name)} value={attendee.group} onChange={(_e, data) => change(index, { group: data.value as AttendanceGroupCode })}>
                  {GROUPS.map((g) => (
                    <option key={g} value={g}>
                      {t.attendanceGroups[g]}
                    </option>
                  ))}
                </Select>
              </td>
              <td className={styles.cell}>
                <Select aria-label={t.presenceOf(attendee.name)} value={attendee.presence} onChange={(_e, data) => change(index, { presence: data.value as PresenceCode })}>
                  {PRESENCES.map((p) => (
                    <option key={p} value={p}>
                      {t.presences[p]}
                    </option>
                  ))}
                </Select>
              </td>
              <td className={styles.cell}>
                <Input aria-label={t.partOf(attendee.name)} value={attendee.part ?? ''} onChange={(_e, data) => change(index, { part: data.value })} />
              </td>
              <td className={styles.cell}>
                <Button size="small" aria-label={t.removeAttendee(attendee.name)} onClick={() => setValue({ ...value, attendance: value.attendance.filter((_a, n) => n !== index) })}>
                  {t.remove}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.row}>
        <Field label={t.attendeeName}>
          <Input value={newName} onChange={(_e, data) => setNewName(data.value)} onKeyDown={(e) => e.key === 'Enter' && addAttendee()} />
        </Field>
        <Button onClick={addAttendee}>{t.addAttendee}</Button>
      </div>
      <Field label={t.takenByChoice}>
        <Select value={personKey(value.takenBy)} onChange={(_e, data) => setValue({ ...value, takenBy: takers.find((p) => personKey(p) === data.value) })}>
          <option value="" />
          {takers.map((p) => (
            <option key={personKey(p)} value={personKey(p)}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <SaveStatusLine status={status} t={t} locale={locale} testId="attendance-status" />
      <SaveProblem status={status} t={t} keepMine={autosave.keepMine} useTheirs={autosave.useTheirs} theirs={(header) => <AttendanceLines attendance={header.attendance} t={t} />} />
    </section>
  );
}
