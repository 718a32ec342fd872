// A list as a Fluent table (Vergaderingen, Prullenbak, Logboek, the people of a body): the header from its
// columns, the rows as children. Fluent lays it out fixed at full width, so a column without a width class
// shares what the others leave.
import type { ComponentProps, ReactNode, Ref } from 'react';
import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  // Inside the row: the table's edge and the neighbouring rows would hide a ring drawn outside it.
  row: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
});

export interface Column {
  label: string;
  /** Its width. */
  className?: string;
  /** Named for screen readers only: the column of a row's buttons. */
  hidden?: boolean;
}

/** A column's header text; a hidden one only for screen readers. */
export function columnLabel(c: Column): ReactNode {
  return c.hidden ? <span className="sr-only">{c.label}</span> : c.label;
}

export function DataTable({
  label,
  columns,
  size,
  testId,
  tableRef,
  rowCount,
  children,
}: {
  label: string;
  columns: readonly Column[];
  size?: 'extra-small' | 'small' | 'medium';
  testId?: string;
  /** For a long list that renders only the rows in view (useVirtualRows): where it starts. */
  tableRef?: Ref<HTMLTableElement>;
  /** The rows of the whole list, when not all are rendered (the header row not counted). */
  rowCount?: number;
  children: ReactNode;
}) {
  return (
    <Table
      ref={tableRef}
      aria-label={label}
      aria-rowcount={rowCount === undefined ? undefined : rowCount + 1}
      size={size}
      data-testid={testId}
    >
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.label} className={c.className}>
              {columnLabel(c)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}

/** A row the keyboard moves to (see useRovingRows), with the focus ring inside it. */
export function DataRow({ className, ...props }: ComponentProps<typeof TableRow>) {
  const s = useStyles();
  return <TableRow className={mergeClasses(s.row, className)} {...props} />;
}
