import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared layout: a readable column, spacing from Fluent's tokens so every theme keeps its contrast. */
export const useLayout = makeStyles({
  page: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  titleRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0 },
  // The agenda's section headings as the group writes them: BESLUT, INFORMATION, KORT, KORT.
  partHeading: { textTransform: 'uppercase', letterSpacing: '0.02em' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  plainList: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The list item keeps its marker (the item's number); its content is laid out inside.
  item: { paddingLeft: tokens.spacingHorizontalXS },
  itemBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  facts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  // A choice whose options are long (a meeting, a version, a term) narrows with a narrow Teams column.
  fitWidth: { maxWidth: '100%', minWidth: 0 },
  numberCell: { width: '3em' },
  timeCell: { width: '5em' },
  minutesCell: { width: '8em' },
});
