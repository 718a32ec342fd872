// The plain HTML tables of the agenda and the action list: a header that stays in view while the list scrolls,
// rows with an inset focus ring (the keyboard moves between them, see useRovingRows) and a flash on the row
// Regie brings the user to. Not Fluent Tables: their rows carry drag handles, sub-rows and whole-row clicks.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PAGE_PADDING_TOP_OFFSET } from './Page';
import { columnLabel, type Column } from './DataTable';

export const useGridTableStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase300,
  },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: 'sticky',
    // At the top edge of the page's scrolling body, over its top padding (nothing shows above it).
    top: PAGE_PADDING_TOP_OFFSET,
    zIndex: 1,
  },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  row: {
    outline: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
    ':focus': { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  highlight: {
    animationName: {
      from: { backgroundColor: tokens.colorPaletteYellowBackground2 },
      to: { backgroundColor: 'transparent' },
    },
    animationDuration: '2.5s',
  },
});

/** The header row of a grid table. */
export function GridHeader({ columns }: { columns: readonly Column[] }) {
  const s = useGridTableStyles();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.label} className={mergeClasses(s.th, c.className)}>
            {columnLabel(c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
