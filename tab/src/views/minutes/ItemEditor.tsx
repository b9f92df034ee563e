import { Button, Field, Textarea } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { ActionJson, FollowUpJson, ItemMinutesSaved, LinkJson, MinutesItemJson } from '../../../../bot/src/contract/minutesApi';
import { ActionsEditor } from './ActionsEditor';
import { draftKey, problemText, type EditorContext } from './editorContext';
import { FollowUpEditor } from './FollowUpEditor';
import { useMinutesStyles } from './minutesStyles';
import { SaveProblem, SaveStatusLine } from './SaveStatusLine';
import { isUnsaved, useAutosave } from './useAutosave';

/** What the secretary edits of an item: the notes as one text, the decisions one by one, the links one a line. */
interface ItemDraft {
  notes: string;
  decisions: string[];
  links: string;
}

const draftOf = (saved: ItemMinutesSaved | undefined): ItemDraft => ({
  notes: saved?.notes ?? '',
  decisions: saved?.decisions ?? [],
  links: (saved?.links ?? []).map((l) => l.url).join('\n'),
});

const isEmpty = (draft: ItemDraft): boolean => !draft.notes.trim() && draft.decisions.every((d) => !d.trim()) && !draft.links.trim();

/** The lines as links, keeping the names links already had. */
const linksOf = (text: string, known: LinkJson[]): LinkJson[] =>
  text.split('\n').map((line) => line.trim()).filter(Boolean).map((url) => known.find((l) => l.url === url) ?? { url });

interface Props {
  ctx: EditorContext;
  item: MinutesItemJson;
  label: string;
  saved?: ItemMinutesSaved;
  actions: ActionJson[];
  followUps: FollowUpJson[];
  onActions(actions: ActionJson[]): void;
  onFollowUps(followUps: FollowUpJson[]): void;
}

/** Writing one item's minutes during the meeting: saved as it is typed, never over someone else's text. */
export function ItemEditor({ ctx, item, label, saved, actions, followUps, onActions, onFollowUps }: Props) {
  const { api, groupId, meetingId, t, locale } = ctx;
  const styles = useMinutesStyles();
  const autosave = useAutosave<ItemDraft>({
    storageKey: draftKey(meetingId, `item:${item.itemId}`),
    server: { value: draftOf(saved), version: saved?.version, by: saved?.updatedBy },
    isEmpty,
    save: async (draft, version, clear) => {
      const answer = await api.saveItem(groupId, meetingId, item.itemId, { version, notes: draft.notes, decisions: draft.decisions.filter((d) => d.trim()), links: linksOf(draft.links, saved?.links ?? []), clear });
      return { value: draftOf(answer), version: answer.version ?? '' };
    },
    fromConflict: (current) => {
      const theirs = current as ItemMinutesSaved | null;
      return theirs ? { value: draftOf(theirs), version: theirs.version, by: theirs.updatedBy ?? '' } : undefined;
    },
    changedMeanwhile: (by) => t.changedMeanwhile(by),
    failureText: (failure) => problemText(failure, t),
  });
  const { value, setValue, status } = autosave;
  const unsaved = isUnsaved(status);
  useEffect(() => ctx.report(`item:${item.itemId}`, unsaved), [ctx, item.itemId, unsaved]);
  const id = `item-${item.itemId}`;

  return (
    <div className={styles.editor} data-testid="item-editor" data-print="hide">
      <Field label={t.notesLabel(label)} hint={t.notesHint}>
        <Textarea id={`${id}-notes`} value={value.notes} resize="vertical" rows={5} onChange={(_e, data) => setValue({ ...value, notes: data.value })} data-testid="notes" />
      </Field>
      <SaveStatusLine status={status} t={t} locale={locale} testId="save-status" />
      {status.kind === 'empty' && saved && (
        <div>
          <Button onClick={autosave.saveEmpty}>{t.clearItem}</Button>
        </div>
      )}
      <SaveProblem status={status} t={t} keepMine={autosave.keepMine} useTheirs={autosave.useTheirs} theirs={(draft) => <TheirText draft={draft} />} />
      {value.decisions.map((decision, index) => (
        <div key={index} className={styles.row}>
          <Field label={t.decisionLabel(index + 1, label)} className={styles.grow}>
            <Textarea value={decision} rows={2} resize="vertical" onChange={(_e, data) => setValue({ ...value, decisions: value.decisions.map((d, n) => (n === index ? data.value : d)) })} />
          </Field>
          <Button aria-label={t.removeDecision(index + 1, label)} onClick={() => setValue({ ...value, decisions: value.decisions.filter((_d, n) => n !== index) })}>
            {t.remove}
          </Button>
        </div>
      ))}
      <div>
        <Button aria-label={t.addDecisionFor(label)} onClick={() => setValue({ ...value, decisions: [...value.decisions, ''] })}>
          {t.addDecision}
        </Button>
      </div>
      <Field label={t.linksLabel(label)} hint={t.linksHint}>
        <Textarea value={value.links} rows={1} resize="vertical" onChange={(_e, data) => setValue({ ...value, links: data.value })} />
      </Field>
      <ActionsEditor ctx={ctx} item={item} label={label} actions={actions} onActions={onActions} />
      <FollowUpEditor ctx={ctx} item={item} label={label} followUps={followUps} onFollowUps={onFollowUps} />
    </div>
  );
}

function TheirText({ draft }: { draft: ItemDraft }) {
  const styles = useMinutesStyles();
  return <pre className={styles.theirs}>{[draft.notes, ...draft.decisions, draft.links].filter(Boolean).join('\n\n')}</pre>;
}

