// The space of table rows that are not rendered (see useVirtualRows): one empty row, hidden from screen readers.
export function GapRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" data-gap>
      <td colSpan={columns} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}
