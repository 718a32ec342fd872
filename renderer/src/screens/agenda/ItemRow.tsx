// One agenda row: the grip (typed items drag to a new place), number, type, title cell, documents (files
// dropped on the row become its documents), planned time, and the commands. The row is one tab stop
// (roving focus): Alt+↑/↓ moves a typed item, Enter or F2 edits, Delete deletes, the context-menu key or
// Shift+F10 opens the row's menu.
import { useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import {
  Button,
  Caption1,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { ReOrderDotsVerticalRegular } from '@fluentui/react-icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ItemView } from '../../../../shared/api/views';
import { KindLabel } from '../../components/KindLabel';
import { useGridTableStyles } from '../../components/GridTable';
import { nl } from '../../i18n/nl';
import { Attachments } from './Attachments';
import { ItemTitleCell } from './ItemTitleCell';
import { RowCommands } from './RowCommands';
import type { ItemsTableProps } from './ItemsTable';

const useStyles = makeStyles({
  row: { backgroundColor: tokens.colorNeutralBackground1 },
  fixedRow: {
    backgroundColor: tokens.colorNeutralBackground2,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  dragging: {
    position: 'relative',
    zIndex: 2,
    boxShadow: tokens.shadow16,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropTarget: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
  },
  // The agenda's flash eases out; the action list's runs evenly.
  highlightEase: { animationTimingFunction: 'ease-out' },
  handle: {
    minWidth: '24px',
    width: '24px',
    height: '28px',
    padding: 0,
    cursor: 'grab',
    color: tokens.colorNeutralForeground3,
    touchAction: 'none',
  },
  number: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    paddingTop: '4px',
    display: 'inline-block',
  },
  kindLabel: { marginTop: '2px' },
  time: { display: 'flex', flexDirection: 'column', fontVariantNumeric: 'tabular-nums', paddingTop: '3px' },
  meta: { color: tokens.colorNeutralForeground3 },
  uploading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
});

export function ItemRow({
  item,
  meeting,
  typedIndex,
  typedCount,
  activeId,
  highlightId,
  rowProps,
  documents,
  onMove,
  onEdit,
  onDelete,
  onResolveLate,
}: ItemsTableProps & { item: ItemView; typedIndex: number; typedCount: number }) {
  const s = useStyles();
  const g = useGridTableStyles();
  // When a dialog opened from this row closes, focus comes back here (Fluent's focus restorer).
  const restoreFocus = useRestoreFocusTarget();
  const typed = item.fixedRole === null;
  const sortable = useSortable({ id: item.id, disabled: !typed });
  const [dropping, setDropping] = useState(false);
  const roving = rowProps(item.id);
  const tabbable = activeId === item.id;
  const tab = tabbable ? 0 : -1;
  const busy = documents.busy?.itemId === item.id ? documents.busy.count : 0;

  const style: CSSProperties = typed
    ? { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }
    : {};

  const isFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (!typed) return;
      const to = typedIndex + (e.key === 'ArrowUp' ? -1 : 1);
      if (to >= 0 && to < typedCount) onMove(item, to);
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit(item);
      return;
    }
    if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      e.preventDefault();
      e.currentTarget.querySelector<HTMLButtonElement>('[data-row-menu]')?.click();
      return;
    }
    if (e.key === 'Delete' && typed) {
      e.preventDefault();
      onDelete(item);
      return;
    }
    roving.onKeyDown(e);
  };

  return (
    <tr
      ref={(el) => {
        sortable.setNodeRef(el);
        roving.ref(el);
      }}
      style={style}
      {...restoreFocus}
      tabIndex={roving.tabIndex}
      onFocus={roving.onFocus}
      onKeyDown={onKeyDown}
      aria-label={nl.agenda.row(item.number, item.title)}
      aria-keyshortcuts={typed ? 'Alt+ArrowUp Alt+ArrowDown Enter Delete' : 'Enter'}
      data-item-id={item.id}
      data-testid="agenda-row"
      className={mergeClasses(
        g.row,
        s.row,
        !typed && s.fixedRow,
        sortable.isDragging && s.dragging,
        dropping && s.dropTarget,
        highlightId === item.id && g.highlight,
        highlightId === item.id && s.highlightEase,
      )}
      onDragOver={(e) => {
        if (!isFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        if (!dropping) setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(e) => {
        if (!isFiles(e)) return;
        e.preventDefault();
        setDropping(false);
        void documents.addFiles(item, Array.from(e.dataTransfer.files));
      }}
    >
      <td className={g.td}>
        {typed ? (
          <Button
            appearance="transparent"
            className={s.handle}
            icon={<ReOrderDotsVerticalRegular />}
            tabIndex={-1}
            aria-hidden
            title={nl.agenda.dragHandle(item.title)}
            data-testid="drag-handle"
            {...sortable.listeners}
          />
        ) : null}
      </td>
      <td className={g.td}>
        <span className={s.number}>{item.number}.</span>
      </td>
      <td className={g.td}>
        {item.kind !== 'vast' ? <KindLabel kind={item.kind} className={s.kindLabel} /> : null}
      </td>
      <td className={g.td}>
        <ItemTitleCell
          item={item}
          meeting={meeting}
          tabIndex={tab}
          onEdit={onEdit}
          onResolveLate={onResolveLate}
        />
      </td>
      <td className={g.td}>
        {busy ? (
          <span className={s.uploading}>
            <Spinner size="extra-tiny" /> {nl.agenda.uploading(busy)}
          </span>
        ) : dropping ? (
          <Caption1>{nl.agenda.dropHere}</Caption1>
        ) : (
          <Attachments
            item={item}
            previousMeetingDate={meeting.previousMeeting?.date ?? null}
            tabbable={tabbable}
          />
        )}
      </td>
      <td className={g.td}>
        <div className={s.time}>
          <span>{item.startsAt ?? ''}</span>
          {item.durationMinutes ? (
            <Caption1 className={s.meta}>{nl.time.minutes(item.durationMinutes)}</Caption1>
          ) : null}
        </div>
      </td>
      <td className={g.td}>
        <RowCommands
          meeting={meeting}
          item={item}
          typedIndex={typedIndex}
          typedCount={typedCount}
          tabIndex={tab}
          documents={documents}
          onMove={onMove}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      </td>
    </tr>
  );
}
