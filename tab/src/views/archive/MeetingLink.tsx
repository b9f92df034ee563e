import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
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
