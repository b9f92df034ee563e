import { Button, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionJson, FollowUpJson, MinutesItemJson, MinutesResponse } from '../../../../bot/src/contract/minutesApi';
import type { TabApi } from '../../api/tabApi';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { FailureNotice, InfoNotice, Loading } from '../Notices';
import { useLayout } from '../styles';
import { useLoad } from '../useLoad';
import { AttendanceEditor } from './AttendanceEditor';
import { ExportButton } from './ExportButton';
import type { EditorContext } from './editorContext';
import { ItemEditor } from './ItemEditor';
import { loadMinutes, type MinutesData } from './loadMinutes';
import { MinutesDocumentView } from './MinutesDocumentView';
import { PublishBar } from './PublishBar';

/** The benchmark measures navigation to this point: a meeting's minutes on screen. */
export const MINUTES_RENDERED_MARK = 'dagordning:minutes-rendered';

interface Props {
  api: TabApi;
  t: TabStrings;
  locale: TabLocale;
  groupId: string;
  groupName: string;
  meetingId?: string;
  onMeeting(meetingId: string): void;
  prefetched?: Promise<MinutesData>;
}

/** "Protokoll": a meeting's minutes, read as published or, for the chair and the secretary, written here. */
export default function MinutesPage({ api, t, locale, groupId, groupName, meetingId, onMeeting, prefetched }: Props) {
  const layout = useLayout();
  const first = useRef(prefetched);
  const [version, setVersion] = useState<number>();
  const [notice, setNotice] = useState<string>();
  // Each load starts the editors afresh from what the server holds.
  const [generation, setGeneration] = useState(0);
  const loaded = useLoad(() => {
    const early = first.current;
    first.current = undefined;
    return early ?? loadMinutes(api, groupId, meetingId, version);
  }, `${groupId}|${meetingId ?? ''}|${version ?? ''}`);
  const reload = (message?: string): void => {
    setNotice(message);
    setGeneration((n) => n + 1);
    loaded.retry();
  };

  const header = (
    <header className={layout.header}>
      <div className={layout.titleRow}>
        <Text as="h1" size={700} weight="semibold" className={layout.heading}>
          {t.minutesOf(groupName)}
        </Text>
        <Button appearance="secondary" onClick={() => reload()}>
          {t.refresh}
        </Button>
      </div>
    </header>
  );
  if (loaded.state === 'loading') return <>{header}<Loading t={t} /></>;
  if (loaded.state === 'failed') return <>{header}<FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} /></>;
  const { meetings, minutes, meetingId: shown } = loaded.value;
  return (
    <>
      {header}
      {meetings.meetings.length === 0 || !minutes ? (
        <InfoNotice text={t.noMeetings} />
      ) : (
        <>
          <Field label={t.meetingChoice} className={layout.fitWidth} data-print="hide">
            <Select className={layout.fitWidth} value={shown} onChange={(_e, data) => { setVersion(undefined); setNotice(undefined); onMeeting(data.value); }} data-testid="meeting-choice">
              {meetings.meetings.map((m) => (
                <option key={m.meetingId} value={m.meetingId}>
                  {t.meetingOption(formatDate(m.startsAt, locale), t.minutesStates[m.minutes])}
                </option>
              ))}
            </Select>
          </Field>
          {notice && (
            <MessageBar intent="success" layout="multiline" data-testid="minutes-notice">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          <MinutesBody key={`${minutes.meeting.meetingId}|${version ?? ''}|${generation}`} api={api} t={t} locale={locale} groupId={groupId} minutes={minutes} version={version} onVersion={setVersion} onChanged={reload} />
        </>
      )}
    </>
  );
}

interface BodyProps {
  api: TabApi;
  t: TabStrings;
  locale: TabLocale;
  groupId: string;
  minutes: MinutesResponse;
  version?: number;
  onVersion(version: number | undefined): void;
  onChanged(message?: string): void;
}

function MinutesBody({ api, t, locale, groupId, minutes, version, onVersion, onChanged }: BodyProps) {
  const layout = useLayout();
  useEffect(() => {
    if (minutes.minutes && performance.getEntriesByName(MINUTES_RENDERED_MARK).length === 0) performance.mark(MINUTES_RENDERED_MARK);
  }, [minutes]);
  const latest = minutes.versions.at(-1);
  const { shown } = minutes;
  // What is on screen: the version asked for, or (writing over) the minutes as last published.
  const shownVersion = shown?.kind === 'published' ? minutes.versions.find((v) => v.number === shown.version) : minutes.state === 'published' ? latest : undefined;
  const writing = minutes.viewer.canWrite && minutes.shown?.kind === 'working' && minutes.state !== 'published';
  return (
    <>
      {minutes.versions.length > 0 && (
        <Field label={t.versionChoice} className={layout.fitWidth} data-print="hide">
          <Select className={layout.fitWidth} value={String(version ?? '')} onChange={(_e, data) => onVersion(data.value ? Number(data.value) : undefined)} data-testid="version-choice">
            <option value="">{writing ? t.minutesStates[minutes.state] : t.versionOption(latest!.number, formatDateTime(latest!.publishedAt, locale), latest!.reason)}</option>
            {minutes.versions.map((v) => (
              <option key={v.number} value={String(v.number)}>
                {t.versionOption(v.number, formatDateTime(v.publishedAt, locale), v.reason)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {minutes.viewer.onlyOwnItems && <InfoNotice text={t.guestNotice} />}
      {shownVersion && (
        <Text as="p" className={layout.heading} data-testid="published-info">
          {t.publishedInfo(shownVersion.number, formatDateTime(shownVersion.publishedAt, locale), shownVersion.publishedBy)}
        </Text>
      )}
      {!minutes.minutes ? (
        <InfoNotice text={t.notPublished} />
      ) : writing ? (
        <SecretaryMode api={api} t={t} locale={locale} groupId={groupId} minutes={minutes} onChanged={onChanged} />
      ) : (
        <>
          {minutes.viewer.canWrite && minutes.state === 'published' && version === undefined && (
            <PublishBar api={api} groupId={groupId} minutes={minutes} t={t} unsaved={false} onDone={onChanged} />
          )}
          {shownVersion && !minutes.viewer.onlyOwnItems && <ExportButton api={api} t={t} groupId={groupId} meetingId={minutes.meeting.meetingId} version={shownVersion.number} />}
          <MinutesDocumentView doc={minutes.minutes} t={t} locale={locale} />
        </>
      )}
    </>
  );
}

/** The chair or the secretary writing: attendance and every item editable, saved as they go; then published. */
function SecretaryMode({ api, t, locale, groupId, minutes, onChanged }: Omit<BodyProps, 'version' | 'onVersion'>) {
  const editing = minutes.editing!;
  const doc = minutes.minutes!;
  const [actions, setActions] = useState<ActionJson[]>(editing.actions);
  const [followUps, setFollowUps] = useState<FollowUpJson[]>(editing.followUps);
  const [unsaved, setUnsaved] = useState<Set<string>>(() => new Set());
  const report = useCallback((editor: string, isUnsaved: boolean) => {
    setUnsaved((current) => {
      if (current.has(editor) === isUnsaved) return current;
      const next = new Set(current);
      if (isUnsaved) next.add(editor);
      else next.delete(editor);
      return next;
    });
  }, []);
  const ctx: EditorContext = useMemo(() => ({ api, groupId, meetingId: minutes.meeting.meetingId, t, locale, editing, report }), [api, groupId, minutes.meeting.meetingId, t, locale, editing, report]);
  const saved = new Map(editing.items.map((i) => [i.itemId, i]));
  const editor = (item: MinutesItemJson) => (
    <ItemEditor
      ctx={ctx}
      item={item}
      label={t.itemLabel(item.number, item.title)}
      saved={saved.get(item.itemId)}
      actions={actions.filter((a) => a.itemId === item.itemId)}
      followUps={followUps.filter((f) => f.itemId === item.itemId)}
      onActions={(list) => setActions([...actions.filter((a) => a.itemId !== item.itemId), ...list])}
      onFollowUps={(list) => setFollowUps([...followUps.filter((f) => f.itemId !== item.itemId), ...list])}
    />
  );
  return (
    <>
      <InfoNotice text={minutes.state === 'correcting' ? t.correctingNotice(editing.correctionReason ?? '') : t.draftNotice} />
      <PublishBar api={api} groupId={groupId} minutes={minutes} t={t} unsaved={unsaved.size > 0} onDone={onChanged} />
      <MinutesDocumentView doc={doc} t={t} locale={locale} itemExtra={editor} attendance={<AttendanceEditor ctx={ctx} attendance={doc.attendance} takenBy={doc.takenBy} />} takenBy={false} />
    </>
  );
}
