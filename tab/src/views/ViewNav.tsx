import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { TabStrings } from '../i18n/strings';
import { urlOf, type ContentView } from '../route';

const useStyles = makeStyles({
  // In a narrow Teams column the links wrap onto a second line rather than run off the side.
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase400,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

/**
 * The channel tab's views as links: each has its own address (a reload opens the
 * same view), the current one is marked for screen readers (aria-current), and they
 * are reached with Tab like any link.
 */
export function ViewNav({ view, t, onView }: { view: ContentView; t: TabStrings; onView(view: ContentView): void }) {
  const styles = useStyles();
  const link = (target: ContentView, label: string) => {
    const open = (event: MouseEvent<HTMLAnchorElement>): void => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      onView(target);
    };
    return (
      <a href={urlOf(window.location, target)} className={mergeClasses(styles.link, view === target && styles.current)} aria-current={view === target ? 'page' : undefined} onClick={open}>
        {label}
      </a>
    );
  };
  return (
    <nav aria-label={t.views} className={styles.nav} data-print="hide">
      {link('next', t.viewNext)}
      {link('minutes', t.viewMinutes)}
      {link('archive', t.viewArchive)}
      {link('search', t.viewSearch)}
      {link('decisions', t.viewDecisions)}
      {link('followUps', t.viewFollowUps)}
    </nav>
  );
}
