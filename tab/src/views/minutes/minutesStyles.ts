import { makeStyles, tokens } from '@fluentui/react-components';

/** The minutes' own layout: a document column, the attendance as label and names, the editors beside each item. */
export const useMinutesStyles = makeStyles({
  document: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  attendance: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  attendanceRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, flex: '1 1 20em' },
  paragraph: { margin: 0, whiteSpace: 'pre-line' },
  itemTitle: { fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '14em' },
  status: { color: tokens.colorNeutralForeground2, minHeight: '1.5em' },
  conflict: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  theirs: { margin: 0, whiteSpace: 'pre-wrap', fontFamily: 'inherit' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: 'left', verticalAlign: 'middle' },
  plainList: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
