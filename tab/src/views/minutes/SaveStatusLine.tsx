import { Button, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatTime } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { ProblemNotice } from '../Notices';
import type { SaveStatus } from './useAutosave';
import { useMinutesStyles } from './minutesStyles';

/** Where an editor says how its saving goes, read out by screen readers as it changes. */
export function SaveStatusLine<T>({ status, t, locale, testId }: { status: SaveStatus<T>; t: TabStrings; locale: TabLocale; testId: string }) {
  const styles = useMinutesStyles();
  const s = t.saveStates;
  const text =
    status.kind === 'saved' ? s.saved(formatTime(status.at.toISOString(), locale))
    : status.kind === 'dirty' ? s.dirty
    : status.kind === 'saving' ? s.saving
    : status.kind === 'retrying' ? s.retrying
    : status.kind === 'empty' ? s.empty
    : '';
  return (
    <Text as="p" role="status" aria-live="polite" className={mergeClasses(styles.paragraph, styles.status)} data-testid={testId} data-state={status.kind}>
      {text}
    </Text>
  );
}

/** A save refused for what was typed, or someone else's text saved meanwhile: both texts shown, the writer chooses. */
export function SaveProblem<T>({ status, t, theirs, keepMine, useTheirs }: { status: SaveStatus<T>; t: TabStrings; theirs: (value: T) => ReactNode; keepMine: () => void; useTheirs: () => void }) {
  const styles = useMinutesStyles();
  if (status.kind === 'failed') return <ProblemNotice text={status.message} />;
  if (status.kind !== 'conflict') return null;
  return (
    <div className={styles.conflict} role="alert" data-testid="conflict">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
          {status.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={keepMine}>{t.keepMine}</Button>
          <Button onClick={useTheirs}>{t.useTheirs}</Button>
        </MessageBarActions>
      </MessageBar>
      <Text as="p" weight="semibold" className={styles.paragraph}>
        {t.theirText(status.by)}:
      </Text>
      <div data-testid="their-text">{theirs(status.theirs)}</div>
    </div>
  );
}
