import { Link, mergeClasses, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AttendeeJson, MinutesDocument, MinutesItemJson, MinutesPartJson } from '../../../../bot/src/contract/minutesApi';
import { formatDate, formatLocalDay, formatMeetingDay, formatTime } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { NumberedNotices } from '../NumberedNotices';
import { useLayout } from '../styles';
import { useMinutesStyles } from './minutesStyles';

/** What an item shows beyond what was written about it: an editor in secretary mode, nothing when reading. */
export type ItemExtra = (item: MinutesItemJson) => ReactNode;

interface Props {
  doc: MinutesDocument;
  t: TabStrings;
  locale: TabLocale;
  /** Secretary mode puts an item's editor here, in place of what was written; reading leaves it out. */
  itemExtra?: ItemExtra;
  attendance?: ReactNode;
  takenBy?: ReactNode;
}

const withNote = (attendee: AttendeeJson, t: TabStrings): string => {
  if (attendee.presence === 'remote') return `${attendee.name} (${t.remote})`;
  if (attendee.presence === 'partTime') return `${attendee.name} (${attendee.part || t.partTime})`;
  return attendee.name;
};

/** Who was there, by group, as the group's minutes list them: LG, the steering group, extra participants, absent. */
export function AttendanceLines({ attendance, t }: { attendance: AttendeeJson[]; t: TabStrings }) {
  const styles = useMinutesStyles();
  const present = (group: AttendeeJson['group']) => attendance.filter((a) => a.group === group && a.presence !== 'absent').map((a) => withNote(a, t));
  const rows: [string, string[]][] = [
    [t.attendanceGroups.LG, present('LG')],
    [t.attendanceGroups.SG, present('SG')],
    [t.attendanceGroups.extra, present('extra')],
    [t.absent, attendance.filter((a) => a.presence === 'absent').map((a) => a.name)],
  ];
  return (
    <dl className={styles.attendance} data-testid="attendance">
      {rows
        .filter(([, names], index) => names.length > 0 || index === 0 || index === 3)
        .map(([label, names]) => (
          <div key={label} className={styles.attendanceRow}>
            <dt className={styles.term}>{label}:</dt>
            <dd className={styles.definition}>{names.length > 0 ? names.join(', ') : t.nobody}</dd>
          </div>
        ))}
    </dl>
  );
}

function Presenters({ item, t }: { item: MinutesItemJson; t: TabStrings }) {
  const styles = useMinutesStyles();
  const presenters = item.presenters.map((p) => p.name).join(', ');
  return presenters ? (
    <Text as="p" className={styles.paragraph}>
      {t.presenters}: {presenters}
    </Text>
  ) : null;
}

function ItemBody({ item, t, locale, asNotice }: { item: MinutesItemJson; t: TabStrings; locale: TabLocale; asNotice?: boolean }) {
  const styles = useMinutesStyles();
  const empty = item.notes.length === 0 && item.decisions.length === 0 && item.actions.length === 0 && item.followUps.length === 0 && item.links.length === 0;
  return (
    <>
      {!asNotice && <Presenters item={item} t={t} />}
      {item.notes.map((paragraph, index) => (
        <Text as="p" key={index} className={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      {empty && (
        <Text as="p" className={mergeClasses(styles.paragraph, styles.muted)}>
          {t.noNotes}
        </Text>
      )}
      {item.decisions.map((decision, index) => (
        <Text as="p" key={`d${index}`} className={styles.paragraph} data-testid="decision">
          <strong>{t.decision}:</strong> {decision}
        </Text>
      ))}
      {item.actions.map((action) => (
        <Text as="p" key={action.actionId} className={styles.paragraph} data-testid="action">
          <strong>{t.action}:</strong> {action.what} – {action.owner.name}
          {action.due && <>, {t.dueBy(formatLocalDay(action.due, locale))}</>}
        </Text>
      ))}
      {item.followUps.map((followUp) => (
        <Text as="p" key={followUp.targetMeetingId} className={styles.paragraph} data-testid="follow-up">
          {t.takenUpAgain(formatMeetingDay(followUp.startsAt, locale))}
        </Text>
      ))}
      {item.links.length > 0 && (
        <Text as="p" className={styles.paragraph}>
          {t.documents}:{' '}
          {item.links.map((link, index) => (
            <span key={link.url}>
              {index > 0 && ', '}
              <Link href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title || link.url}
              </Link>
            </span>
          ))}
        </Text>
      )}
    </>
  );
}

function ItemView({ item, t, locale, extra, asNotice }: { item: MinutesItemJson; t: TabStrings; locale: TabLocale; extra?: ItemExtra; asNotice?: boolean }) {
  const styles = useMinutesStyles();
  const layout = useLayout();
  const content = (
    <div className={layout.itemBody}>
      <Text as="h4" weight="semibold" className={mergeClasses(layout.heading, styles.itemTitle)}>
        {item.title}
        {asNotice && item.presenters.length > 0 && <span className={styles.muted}> ({item.presenters.map((p) => p.initials).join(', ')})</span>}
      </Text>
      {extra ? !asNotice && <Presenters item={item} t={t} /> : <ItemBody item={item} t={t} locale={locale} asNotice={asNotice} />}
      {extra?.(item)}
    </div>
  );
  if (asNotice) return <li data-testid="minutes-item">{content}</li>;
  return (
    <li value={item.number} className={layout.item} data-testid="minutes-item">
      {content}
    </li>
  );
}

function PartView({ part, t, locale, extra }: { part: MinutesPartJson; t: TabStrings; locale: TabLocale; extra?: ItemExtra }) {
  const layout = useLayout();
  const list = (
    <ol className={layout.list}>
      {part.items.map((item) => (
        <ItemView key={item.itemId} item={item} t={t} locale={locale} extra={extra} />
      ))}
    </ol>
  );
  if (part.kind === 'fixed') return list;
  if (part.kind === 'notices') {
    return (
      <NumberedNotices number={part.number} t={t}>
        <ul className={layout.list}>
          {part.items.map((item) => (
            <ItemView key={item.itemId} item={item} t={t} locale={locale} extra={extra} asNotice />
          ))}
        </ul>
      </NumberedNotices>
    );
  }
  return (
    <section className={layout.section} aria-labelledby={`minutes-${part.section}`}>
      <Text as="h3" id={`minutes-${part.section}`} size={500} weight="semibold" className={mergeClasses(layout.heading, layout.partHeading)}>
        {t.sections[part.section]}
      </Text>
      {part.items.length > 0 ? list : <Text as="p" className={layout.heading}>{t.noDecisions}</Text>}
    </section>
  );
}

/** The minutes laid out as the group's own: the header, who attended, the items by section, who took them. */
export function MinutesDocumentView({ doc, t, locale, itemExtra, attendance, takenBy }: Props) {
  const layout = useLayout();
  const styles = useMinutesStyles();
  return (
    <article className={styles.document} aria-labelledby="minutes-heading" data-testid="minutes-document">
      <header className={layout.header}>
        <Text as="h2" id="minutes-heading" size={600} weight="semibold" className={layout.heading}>
          {doc.groupName}
        </Text>
        <Text as="p" className={layout.heading} data-testid="minutes-when">
          {formatDate(doc.startsAt, locale)}, {formatTime(doc.startsAt, locale)}–{formatTime(doc.endsAt, locale)}
        </Text>
        <Text as="p" className={layout.heading}>
          {t.place(doc.place)}
        </Text>
      </header>
      {attendance ?? (doc.attendance.length > 0 && (
        <section className={layout.section} aria-labelledby="attendance-heading">
          <Text as="h3" id="attendance-heading" size={500} weight="semibold" className={layout.heading}>
            {t.attendance}
          </Text>
          <AttendanceLines attendance={doc.attendance} t={t} />
        </section>
      ))}
      {doc.parts.map((part, index) => (
        <PartView key={part.kind === 'section' ? part.section : `${part.kind}-${index}`} part={part} t={t} locale={locale} extra={itemExtra} />
      ))}
      <footer>
        {takenBy ?? (doc.takenBy && (
          <Text as="p" className={layout.heading} data-testid="taken-by">
            {t.takenBy}: {doc.takenBy.name}
          </Text>
        ))}
      </footer>
    </article>
  );
}
