import { Button, Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionJson, MinutesItemJson, PersonJson } from '../../../../bot/src/contract/minutesApi';
import { formatLocalDay } from '../../i18n/format';
import { ProblemNotice } from '../Notices';
import { newId, type EditorContext } from './editorContext';
import { useMinutesStyles } from './minutesStyles';
import { useRequest } from './useRequest';

const OTHER = 'other';

interface Props {
  ctx: EditorContext;
  item: MinutesItemJson;
  label: string;
  actions: ActionJson[];
  onActions(actions: ActionJson[]): void;
}

/**
 * An item's actions: what, who, by when. A new action gets its id here and keeps it
 * until the server has it, so trying again after a failure adds it once; what was
 * typed stays in the form until then.
 */
export function ActionsEditor({ ctx, item, label, actions, onActions }: Props) {
  const { api, groupId, meetingId, t, locale, editing } = ctx;
  const styles = useMinutesStyles();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [name, setName] = useState('');
  const [due, setDue] = useState('');
  const [pendingId, setPendingId] = useState(newId);
  const [adding, setAdding] = useState(false);
  const { busy, problem, run: act } = useRequest(t);
  const id = `actions-${item.itemId}`;


  const add = () => act(async () => {
    const person: PersonJson | undefined = owner === OTHER ? { name } : owner ? { memberId: owner, name: '' } : undefined;
    const added = await api.addAction(groupId, meetingId, { actionId: pendingId, itemId: item.itemId, what, ...(person ? { owner: person } : {}), due });
    onActions([...actions.filter((a) => a.actionId !== added.actionId), added]);
    setWhat('');
    setName('');
    setDue('');
    setPendingId(newId());
    setAdding(false);
  });

  const toggle = (action: ActionJson, done: boolean) => act(async () => {
    const changed = await api.updateAction(groupId, meetingId, action.actionId, { version: action.version, done });
    onActions(actions.map((a) => (a.actionId === changed.actionId ? changed : a)));
  });

  const remove = (action: ActionJson) => act(async () => {
    await api.removeAction(groupId, meetingId, action.actionId, action.version);
    onActions(actions.filter((a) => a.actionId !== action.actionId));
  });

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.document}>
      <Text as="h5" id={`${id}-heading`} weight="semibold" className={styles.paragraph}>
        {t.actions}
      </Text>
      {actions.length > 0 && (
        <ul className={styles.plainList}>
          {actions.map((action) => (
            <li key={action.actionId} className={styles.row} data-testid="action-row">
              <Checkbox checked={action.done} label={t.actionDone(action.what)} onChange={(_e, data) => void toggle(action, data.checked === true)} disabled={busy} />
              <Text>
                – {action.owner.name}
                {action.due && <>, {t.dueBy(formatLocalDay(action.due, locale))}</>}
              </Text>
              <Button size="small" aria-label={t.removeAction(action.what)} onClick={() => void remove(action)} disabled={busy}>
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {!adding ? (
        <div>
          <Button aria-label={t.addActionFor(label)} onClick={() => setAdding(true)}>
            {t.addAction}
          </Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Field label={t.actionWhat(label)} className={styles.grow}>
            <Input value={what} onChange={(_e, data) => setWhat(data.value)} />
          </Field>
          <Field label={t.actionOwner(label)}>
            <Select value={owner} onChange={(_e, data) => setOwner(data.value)}>
              <option value="" />
              {editing.members.map((m) => (
                <option key={m.memberId} value={m.memberId}>
                  {m.name}
                </option>
              ))}
              <option value={OTHER}>{t.ownerOther}</option>
            </Select>
          </Field>
          {owner === OTHER && (
            <Field label={t.ownerName(label)}>
              <Input value={name} onChange={(_e, data) => setName(data.value)} />
            </Field>
          )}
          <Field label={t.actionDue(label)}>
            <Input type="date" value={due} onChange={(_e, data) => setDue(data.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void add()} disabled={busy}>
            {t.saveAction}
          </Button>
          <Button onClick={() => setAdding(false)}>{t.cancel}</Button>
        </div>
      )}
      {problem && <ProblemNotice text={problem} />}
    </section>
  );
}
