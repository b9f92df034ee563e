import { makeStyles, tokens } from '@fluentui/react-components';

/** The archive's lists: one entry per meeting, hit, decision or action, readable in a narrow Teams column. */
export const useArchiveStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flex: '1 1 16em', minWidth: 0 },
  entries: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { margin: 0 },
  context: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  // The match in context: the status yellow with static dark text (inverted in high contrast), readable in every theme.
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontWeight: tokens.fontWeightSemibold,
    // No padding: a marked word part stays joined to the rest of its compound.
    borderRadius: tokens.borderRadiusSmall,
  },
  // An overdue action: a thick bar and the word "Försenad", never the colour alone.
  overdue: {
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
  },
  overdueDue: { fontWeight: tokens.fontWeightSemibold },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Heard by screen readers, not seen: a polite announcement of what a search or filter found.
  announcer: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
