import { Field, Select, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ArchiveMeeting, ArchiveTermResponse } from '../../../../bot/src/contract/archiveApi';
import { formatDate, formatTime } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { FailureNotice, InfoNotice, Loading } from '../Notices';
import { PageHeader } from '../PageHeader';
import { useLoad } from '../useLoad';
import { addressValue, keepInAddress, termName, type ArchiveViewProps } from './archiveCommon';
import { useLayout } from '../styles';
import { useArchiveStyles } from './archiveStyles';
import { MeetingLink } from './MeetingLink';

export const ARCHIVE_RENDERED_MARK = 'dagordning:archive-rendered';

/** "Arkiv": the group's terms, newest first, and one term's meetings, each opening its minutes in Protokoll. */
export default function ArchiveView(props: ArchiveViewProps) {
  const { api, t, groupId, groupName, prefetched } = props;
  const styles = useArchiveStyles();
  const layout = useLayout();
  const first = useRef(prefetched);
  const loaded = useLoad(() => {
    const early = first.current;
    first.current = undefined;
    return early ?? api.archiveTerms(groupId);
  }, groupId);
  const [chosen, setChosen] = useState(() => addressValue('term'));
  const header = <PageHeader title={t.archiveOf(groupName)} intro={t.archiveIntro} />;
  if (loaded.state === 'loading') return <>{header}<Loading t={t} /></>;
  if (loaded.state === 'failed') return <>{header}<FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} /></>;
  const { terms, shown } = loaded.value;
  if (terms.length === 0) return <>{header}<InfoNotice text={t.noArchive} /></>;
  const term = terms.find((candidate) => candidate.key === chosen) ?? terms.find((candidate) => candidate.key === shown?.term.key) ?? terms[0]!;
  const choose = (key: string): void => {
    setChosen(key);
    keepInAddress('term', key);
  };
  return (
    <>
      {header}
      <div className={styles.filters} data-print="hide">
        <Field label={t.termChoice} className={layout.fitWidth}>
          <Select className={layout.fitWidth} value={term.key} onChange={(_e, data) => choose(data.value)} data-testid="term-choice">
            {terms.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {t.termOption(termName(candidate, t), candidate.meetings, candidate.published)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown && shown.term.key === term.key ? (
        <TermMeetings {...props} term={shown} />
      ) : (
        <LoadedTerm key={term.key} {...props} termKey={term.key} />
      )}
    </>
  );
}

function LoadedTerm(props: ArchiveViewProps & { termKey: string }) {
  const { api, t, groupId, termKey } = props;
  const loaded = useLoad(() => api.archiveTerm(groupId, termKey), `${groupId}|${termKey}`);
  if (loaded.state === 'loading') return <Loading t={t} />;
  if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
  return <TermMeetings {...props} term={loaded.value} />;
}

function TermMeetings({ t, locale, term, onOpenMinutes }: ArchiveViewProps & { term: ArchiveTermResponse }) {
  const styles = useArchiveStyles();
  useEffect(() => {
    // A benchmark measures navigation to this point: the archive's first page on screen.
    if (performance.getEntriesByName(ARCHIVE_RENDERED_MARK).length === 0) performance.mark(ARCHIVE_RENDERED_MARK);
  }, []);
  const heading = t.meetingsOfTerm(termName(term.term, t));
  return (
    <section aria-labelledby="term-heading">
      <Text as="h2" id="term-heading" size={500} weight="semibold" block>
        {heading}
      </Text>
      {term.meetings.length === 0 ? (
        <InfoNotice text={t.noMeetingsInTerm} />
      ) : (
        <ul className={styles.entries} data-testid="archive-meetings">
          {term.meetings.map((meeting) => (
            <MeetingEntry key={meeting.meetingId} meeting={meeting} t={t} locale={locale} onOpen={onOpenMinutes} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingEntry({ meeting, t, locale, onOpen }: { meeting: ArchiveMeeting; t: TabStrings; locale: TabLocale; onOpen(meetingId: string): void }) {
  const styles = useArchiveStyles();
  const published = meeting.publishedVersion > 0;
  return (
    <li className={styles.entry} data-testid="archive-meeting">
      <Text weight="semibold">
        <MeetingLink meetingId={meeting.meetingId} onOpen={onOpen}>
          {formatDate(meeting.startsAt, locale)}
        </MeetingLink>
      </Text>
      <Text as="p" className={styles.line}>
        {formatTime(meeting.startsAt, locale)}–{formatTime(meeting.endsAt, locale)}, {meeting.place}
      </Text>
      <Text as="p" className={styles.status} data-testid="archive-meeting-state">
        {published ? t.publishedVersion(meeting.publishedVersion, meeting.versions) : t.notPublishedYet} · {t.decisionCount(meeting.decisions)}
      </Text>
    </li>
  );
}
