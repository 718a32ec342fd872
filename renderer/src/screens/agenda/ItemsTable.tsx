// The agenda items: number, type, title with its flags, attachments, planned time. Typed items reorder by
// drag and drop (the grip) and by keyboard (Alt+↑/↓ on a focused row, or the Omhoog/Omlaag buttons);
// fixed items stay where they are. Files dropped on a row become its documents.
import type { KeyboardEvent, ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ItemView, MeetingDetail } from '../../../../shared/api/views';
import { GridHeader, useGridTableStyles } from '../../components/GridTable';
import { nl } from '../../i18n/nl';
import { plainDate } from '../../lib/format';
import { useProgressiveCount } from '../../components/useProgressiveCount';
import { ItemRow } from './ItemRow';
import { OpenActions } from './OpenActions';
import type { DocumentUpload } from './useDocuments';
import type { LateResolution } from '../../../../shared/domain/types';

const useStyles = makeStyles({
  subRow: { backgroundColor: tokens.colorNeutralBackground2 },
  emptyRow: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  colHandle: { width: '32px' },
  colNr: { width: '40px' },
  colKind: { width: '118px' },
  colAttachments: { width: '250px' },
  colTime: { width: '74px' },
  colActions: { width: '132px' },
});

/** Rows rendered before the first paint: more than fill the screen at 1366×768. */
const FIRST_ROWS = 10;

/** Only vertical movement while dragging a row. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });

export interface ItemsTableProps {
  meeting: MeetingDetail;
  activeId: string | null;
  highlightId: string | null;
  rowProps: (id: string) => {
    ref: (el: HTMLElement | null) => void;
    tabIndex: number;
    onFocus: (e: { target: EventTarget; currentTarget: EventTarget }) => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
  documents: DocumentUpload;
  onMove: (item: ItemView, toIndex: number) => void;
  onEdit: (item: ItemView) => void;
  onDelete: (item: ItemView) => void;
  onResolveLate: (item: ItemView, decision: LateResolution) => void;
  openActionsRef: (el: HTMLElement | null) => void;
}

export function ItemsTable(props: ItemsTableProps) {
  const s = useStyles();
  const g = useGridTableStyles();
  const { meeting, onMove } = props;
  const typed = meeting.items.filter((i) => i.fixedRole === null);
  const typedIds = typed.map((i) => i.id);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  // The rows in view first (down to the one the keyboard or a link is on), the rest right after.
  const wanted = meeting.items.findIndex((i) => i.id === (props.highlightId ?? props.activeId));
  const shown = useProgressiveCount(meeting.items.length, Math.max(FIRST_ROWS, wanted + 1));

  const onDragEnd = (event: DragEndEvent) => {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const item = typed.find((i) => i.id === active.id);
    const toIndex = typedIds.indexOf(String(over.id));
    if (item && toIndex >= 0) onMove(item, toIndex);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[vertical]}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={typedIds} strategy={verticalListSortingStrategy}>
        <table
          className={g.table}
          aria-label={nl.agenda.title(plainDate(meeting.date))}
          data-testid="agenda-items"
        >
          <GridHeader
            columns={[
              { label: nl.common.moveUp, className: s.colHandle, hidden: true },
              { label: nl.agenda.colNr, className: s.colNr },
              { label: nl.agenda.colKind, className: s.colKind },
              { label: nl.agenda.colTitle },
              { label: nl.agenda.colAttachments, className: s.colAttachments },
              { label: nl.agenda.colTime, className: s.colTime },
              { label: nl.agenda.colActions, className: s.colActions, hidden: true },
            ]}
          />
          <tbody>
            {meeting.items.slice(0, shown).map((item) => (
              <ItemRows
                key={item.id}
                item={item}
                typedIndex={typedIds.indexOf(item.id)}
                typedCount={typed.length}
                {...props}
              />
            ))}
          </tbody>
        </table>
      </SortableContext>
    </DndContext>
  );
}

function ItemRows(props: ItemsTableProps & { item: ItemView; typedIndex: number; typedCount: number }) {
  const { item, meeting } = props;
  const s = useStyles();
  const g = useGridTableStyles();
  const rows: ReactNode[] = [<ItemRow key="row" {...props} />];
  if (item.fixedRole === 'minutes') {
    rows.push(
      <tr key="actions" className={s.subRow}>
        <td className={g.td} colSpan={3} />
        <td className={g.td} colSpan={4}>
          <OpenActions actions={meeting.openActions} boxRef={props.openActionsRef} />
        </td>
      </tr>,
    );
    if (meeting.items.every((i) => i.fixedRole !== null)) {
      rows.push(
        <tr key="empty">
          <td className={g.td} colSpan={3} />
          <td className={mergeClasses(g.td, s.emptyRow)} colSpan={4}>
            {nl.agenda.empty}
          </td>
        </tr>,
      );
    }
  }
  return <>{rows}</>;
}
