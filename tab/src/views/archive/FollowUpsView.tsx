import { Badge, Checkbox, mergeClasses, Switch, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ArchiveAction, ArchiveFollowUp } from '../../../../bot/src/contract/archiveApi';
import type { TabApi } from '../../api/tabApi';
import { formatLocalDay, formatMeetingDay } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { failureOf, problemText } from '../minutes/editorContext';
import { FailureNotice, InfoNotice, Loading, ProblemNotice } from '../Notices';
import { PageHeader } from '../PageHeader';
import { useLoad } from '../useLoad';
import { addressValue, keepInAddress, type ArchiveViewProps } from './archiveCommon';
import { useArchiveStyles } from './archiveStyles';
import { MeetingLink } from './MeetingLink';

/** "Uppföljning": the actions across the group's meetings (open ones, or all), marked done here, and the items taken up again. */
export default function FollowUpsView({ api, t, locale, groupId, groupName, onOpenMinutes }: ArchiveViewProps) {
  const styles = useArchiveStyles();
  const [withDone, setWithDone] = useState(() => addressValue('klara') === 'ja');
  const loaded = useLoad(() => api.followUps(groupId, withDone), `${groupId}|${withDone}`);
  const showDone = (show: boolean): void => {
    setWithDone(show);
    keepInAddress('klara', show ? 'ja' : '');
  };

  const body = () => {
    if (loaded.state === 'loading') return <Loading t={t} />;
    if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
    const { actions, followUps } = loaded.value;
    return (
      <>
        <section aria-labelledby="actions-heading" className={styles.entries}>
          <Text as="h2" id="actions-heading" size={500} weight="semibold">
            {t.openActions}
          </Text>
          {actions.length === 0 ? (
            <InfoNotice text={withDone ? t.noActionsAtAll : t.noOpenActions} />
          ) : (
            <ul className={styles.entries} data-testid="follow-up-actions">
              {actions.map((action) => (
                <ActionEntry key={`${action.actionId}|${action.version}`} initial={action} api={api} groupId={groupId} t={t} locale={locale} onOpen={onOpenMinutes} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="taken-up-heading" className={styles.entries}>
          <Text as="h2" id="taken-up-heading" size={500} weight="semibold">
            {t.takenUpAgainHeading}
          </Text>
          {followUps.length === 0 ? (
            <InfoNotice text={t.noFollowUpsPlanned} />
          ) : (
            <ul className={styles.entries} data-testid="taken-up-again">
              {followUps.map((followUp) => (
                <FollowUpEntry key={followUp.followUpId} followUp={followUp} t={t} locale={locale} onOpen={onOpenMinutes} />
              ))}
            </ul>
          )}
        </section>
      </>
    );
  };
  return (
    <>
      <PageHeader title={t.followUpsOf(groupName)} intro={t.followUpsIntro} />
      <div className={styles.filters} data-print="hide">
        <Switch label={t.showDone} checked={withDone} onChange={(_e, data) => showDone(data.checked)} data-testid="show-done" />
      </div>
      {body()}
    </>
  );
}

interface ActionProps {
  initial: ArchiveAction;
  api: TabApi;
  groupId: string;
  t: TabStrings;
  locale: TabLocale;
  onOpen(meetingId: string): void;
}

/** One action: what, who, by when; "Försenad" in words and a bar when overdue; a checkbox for those who may mark it. */
function ActionEntry({ initial, api, groupId, t, locale, onOpen }: ActionProps) {
  const styles = useArchiveStyles();
  const [action, setAction] = useState(initial);
  // What the person just chose, shown at once while the server is asked.
  const [wanted, setWanted] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  const mark = async (done: boolean): Promise<void> => {
    // One change at a time; the box stays enabled (and focused) meanwhile.
    if (wanted !== undefined) return;
    setWanted(done);
    setProblem(undefined);
    try {
      setAction(await api.markAction(groupId, action.actionId, { version: action.version, done }));
    } catch (error) {
      const failure = failureOf(error);
      // Someone changed it first: show it as it now is, and say so; nothing is written over.
      if (failure.kind === 'api' && failure.code === 'editConflict' && failure.current) {
        setAction(failure.current as ArchiveAction);
        setProblem(t.actionConflict);
      } else setProblem(problemText(failure, t));
    } finally {
      setWanted(undefined);
    }
  };
  const overdue = action.overdue && !action.done;
  return (
    <li className={mergeClasses(styles.entry, overdue && styles.overdue)} data-testid="follow-up-action" data-overdue={overdue ? 'true' : undefined}>
      <Text weight="semibold">{action.what}</Text>
      <span className={styles.filters}>
        <Text>{t.responsible(action.owner.name)}</Text>
        <Text className={mergeClasses(overdue && styles.overdueDue)} data-testid="action-due">
          {action.due ? t.dueDate(formatLocalDay(action.due, locale)) : t.noDueDate}
        </Text>
        {overdue && (
          <Badge appearance="filled" color="danger" data-testid="overdue">
            {t.overdue}
          </Badge>
        )}
      </span>
      <Text as="p" className={styles.status}>
        <MeetingLink meetingId={action.meetingId} onOpen={onOpen}>
          {t.fromMeeting(formatMeetingDay(action.meetingStartsAt, locale), action.itemTitle)}
        </MeetingLink>
      </Text>
      {action.canMark ? (
        <Checkbox checked={wanted ?? action.done} label={t.doneLabel} aria-label={t.markDone(action.what)} onChange={(_e, data) => void mark(data.checked === true)} data-testid="mark-done" />
      ) : (
        <Text className={styles.status}>{action.done ? t.actionStates.done : t.actionStates.open}</Text>
      )}
      {problem && <ProblemNotice text={problem} />}
    </li>
  );
}

function FollowUpEntry({ followUp, t, locale, onOpen }: { followUp: ArchiveFollowUp; t: TabStrings; locale: TabLocale; onOpen(meetingId: string): void }) {
  const styles = useArchiveStyles();
  return (
    <li className={styles.entry} data-testid="taken-up">
      <Text weight="semibold">{followUp.itemTitle}</Text>
      <Text as="p" className={styles.line}>
        <MeetingLink meetingId={followUp.meetingId} onOpen={onOpen}>
          {t.followUpLine(formatMeetingDay(followUp.meetingStartsAt, locale), formatMeetingDay(followUp.targetStartsAt, locale))}
        </MeetingLink>
      </Text>
      {followUp.held && <Text className={styles.status}>{t.followUpHeld}</Text>}
    </li>
  );
}
