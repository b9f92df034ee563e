import { Link, Text } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { formatDate } from '../../i18n/format';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { urlOf } from '../../route';

/** A link to a meeting's minutes in Protokoll: a real address (opens in a new window with Ctrl), followed in place. */
export function MeetingLink({ meetingId, onOpen, children }: { meetingId: string; onOpen(meetingId: string): void; children: ReactNode }) {
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(meetingId);
  };
  return (
    <Link href={urlOf(window.location, 'minutes', meetingId)} onClick={open} data-testid="meeting-link">
      {children}
    </Link>
  );
}

/** Where something was said: the meeting's date and the item, as a link to that meeting's minutes. */
export function ItemPlaceLink({ place, t, locale, onOpen }: {
  place: { meetingId: string; meetingStartsAt: string; number?: number; itemTitle: string };
  t: TabStrings;
  locale: TabLocale;
  onOpen(meetingId: string): void;
}) {
  return (
    <Text weight="semibold">
      <MeetingLink meetingId={place.meetingId} onOpen={onOpen}>
        {t.hitPlace(formatDate(place.meetingStartsAt, locale), t.itemLabel(place.number, place.itemTitle))}
      </MeetingLink>
    </Text>
  );
}
