import { Badge, Button, Link, mergeClasses, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { AgendaEntry, AgendaPart, MeetingAgenda, NextMeetingResponse } from '../../../bot/src/contract/tabApi';
import { formatDate, formatDateTime, formatTime } from '../i18n/format';
import type { TabLocale, TabStrings } from '../i18n/strings';
import { InfoNotice } from './Notices';
import { OpenFeedbackList } from './OpenFeedbackList';
import { NumberedNotices } from './NumberedNotices';
import { useLayout } from './styles';
import { TimePlanTable } from './TimePlanTable';

export const MEETING_RENDERED_MARK = 'dagordning:meeting-rendered';

interface Props {
  next: NextMeetingResponse;
  t: TabStrings;
  locale: TabLocale;
  onRefresh: () => void;
}

/** "Nästa möte": the meeting, the agenda by section with presenters, kort kort and the time plan. */
export function NextMeetingView({ next, t, locale, onRefresh }: Props) {
  const layout = useLayout();
  useEffect(() => {
    // The benchmark measures navigation to this point.
    if (performance.getEntriesByName(MEETING_RENDERED_MARK).length === 0) performance.mark(MEETING_RENDERED_MARK);
  }, []);
  const { meeting } = next;
  return (
    <>
      <header className={layout.header}>
        <div className={layout.titleRow}>
          <Text as="h1" size={700} weight="semibold" className={layout.heading}>
            {t.nextMeetingOf(next.group.name)}
          </Text>
          <Button appearance="secondary" onClick={onRefresh}>
            {t.refresh}
          </Button>
        </div>
        {meeting && (
          <>
            <Text as="p" size={400} className={layout.heading} data-testid="meeting-when">
              {formatDate(meeting.startsAt, locale)}, {formatTime(meeting.startsAt, locale)}–{formatTime(meeting.endsAt, locale)}, {meeting.place}
            </Text>
            <Text as="p" className={mergeClasses(layout.heading, layout.muted)}>
              {t.deadline(formatDateTime(meeting.agendaDeadline, locale))}
            </Text>
          </>
        )}
      </header>
      {next.viewer.onlyOwnItems && <InfoNotice text={t.guestNotice} />}
      {meeting ? <Agenda meeting={meeting} t={t} locale={locale} /> : <InfoNotice text={t.noMeeting} />}
      {next.feedback && next.feedback.length > 0 && <OpenFeedbackList feedback={next.feedback} t={t} locale={locale} />}
    </>
  );
}

function Agenda({ meeting, t, locale }: { meeting: MeetingAgenda; t: TabStrings; locale: TabLocale }) {
  const layout = useLayout();
  const empty = meeting.parts.every((part) => (part.kind === 'notices' ? part.notices.length === 0 : part.items.length === 0));
  return (
    <>
      <section className={layout.section} aria-labelledby="agenda-heading">
        <Text as="h2" id="agenda-heading" size={600} weight="semibold" className={layout.heading}>
          {t.agenda}
        </Text>
        {empty && <Text as="p">{t.noItems}</Text>}
        {meeting.parts.map((part, index) => (
          <AgendaPartView key={part.kind === 'section' ? part.section : `${part.kind}-${index}`} part={part} t={t} />
        ))}
      </section>
      {meeting.timePlan.rows.length > 0 && <TimePlanTable plan={meeting.timePlan} t={t} locale={locale} />}
      {meeting.setAside.length > 0 && (
        <section className={layout.section} aria-labelledby="set-aside-heading">
          <Text as="h2" id="set-aside-heading" size={500} weight="semibold" className={layout.heading}>
            {t.setAside}
          </Text>
          <ul className={layout.list}>
            {meeting.setAside.map((item) => (
              <li key={item.itemId}>
                {item.title} – {t.statuses[item.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** One part of the agenda with the numbers the agenda card gives its items: the list never renumbers them. */
function AgendaPartView({ part, t }: { part: AgendaPart; t: TabStrings }) {
  const layout = useLayout();
  if (part.kind === 'notices') {
    return (
      <NumberedNotices number={part.number} t={t}>
        {part.notices.length === 0 ? (
          <Text>{t.noNotices}</Text>
        ) : (
          <ul className={layout.list}>
            {part.notices.map((notice) => (
              <li key={notice.itemId} data-testid="agenda-notice">
                {notice.text} <span className={layout.muted}>({notice.presenters.map((p) => p.initials).join(', ')})</span>
                {notice.late && <> – {t.late.toLocaleLowerCase()}</>}
              </li>
            ))}
          </ul>
        )}
      </NumberedNotices>
    );
  }
  const list = part.items.length > 0 && (
    <ol className={layout.list}>
      {part.items.map((item) => (
        <AgendaItemView key={item.itemId} item={item} t={t} />
      ))}
    </ol>
  );
  if (part.kind === 'fixed') return list || null;
  return (
    <section className={layout.section} aria-labelledby={`section-${part.section}`}>
      <Text as="h3" id={`section-${part.section}`} size={500} weight="semibold" className={mergeClasses(layout.heading, layout.partHeading)}>
        {t.sections[part.section]}
      </Text>
      {list || (
        <Text as="p" className={layout.heading}>
          {t.noDecisions}
        </Text>
      )}
    </section>
  );
}

function AgendaItemView({ item, t }: { item: AgendaEntry; t: TabStrings }) {
  const layout = useLayout();
  const presenters = item.presenters.map((p) => (p.name === p.initials ? p.name : `${p.name} (${p.initials})`)).join(', ');
  return (
    <li className={layout.item} value={item.number} data-testid="agenda-item">
      <div className={layout.itemBody}>
      <Text weight="semibold">{item.title}</Text>
      <span className={layout.facts}>
        {presenters && (
          <Text>
            {t.presenters}: {presenters}
          </Text>
        )}
        {item.minutes !== undefined && <Text className={layout.muted}>· {item.minutes} min</Text>}
        {item.late && (
          <Badge appearance="tint" color="warning">
            {t.late}
          </Badge>
        )}
        {item.followUp && (
          <Badge appearance="tint" color="informative">
            {t.followUp}
          </Badge>
        )}
      </span>
      {item.description && <Text className={layout.muted}>{item.description}</Text>}
      {item.link && (
        <Link href={item.link} target="_blank" rel="noopener noreferrer" aria-label={t.documentFor(item.title)}>
          {t.document}
        </Link>
      )}
      </div>
    </li>
  );
}
