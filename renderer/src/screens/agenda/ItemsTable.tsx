// The agenda items: number, type, title with its flags, attachments, planned time. Typed items reorder by
// drag and drop (the grip) and by keyboard (Alt+↑/↓ on a focused row, or the Omhoog/Omlaag buttons);
// fixed items stay where they are. Files dropped on a row become its documents.
import { useState, type CSSProperties, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  AttachRegular,
  CheckmarkRegular,
  DeleteRegular,
  EditRegular,
  MoreHorizontalRegular,
  ReOrderDotsVerticalRegular,
  ArrowForwardRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ActionView, ItemView, MeetingDetail } from '../../../../shared/api/views';
import { KindLabel } from '../../components/KindLabel';
import { GridHeader, useGridTableStyles } from '../../components/GridTable';
import { nl } from '../../i18n/nl';
import { localDateTime, plainDate, truncate } from '../../lib/format';
import { Attachments } from './Attachments';
import type { DocumentUpload } from './useDocuments';

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
  titleCell: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    background: 'none',
    border: 'none',
    padding: 0,
    textAlign: 'left',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { textDecorationLine: 'underline' },
  },
  fixedTitle: { fontWeight: tokens.fontWeightRegular },
  meta: { color: tokens.colorNeutralForeground3 },
  proposal: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  late: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder1}`,
    color: tokens.colorNeutralForeground1,
    alignSelf: 'flex-start',
  },
  lateIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '16px' },
  lateText: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  lateButtons: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  kindLabel: { marginTop: '2px' },
  time: { display: 'flex', flexDirection: 'column', fontVariantNumeric: 'tabular-nums', paddingTop: '3px' },
  actions: { display: 'flex', gap: '2px', justifyContent: 'flex-end' },
  subRow: { backgroundColor: tokens.colorNeutralBackground2 },
  actionsBox: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  actionsTable: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  actionsTh: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalS}`,
  },
  actionsTd: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  emptyRow: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  uploading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  colHandle: { width: '32px' },
  colNr: { width: '40px' },
  colKind: { width: '118px' },
  colAttachments: { width: '250px' },
  colTime: { width: '74px' },
  colActions: { width: '132px' },
});

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
  onResolveLate: (item: ItemView, decision: 'admit' | 'moveToNext') => void;
  openActionsRef: (el: HTMLElement | null) => void;
}

export function ItemsTable(props: ItemsTableProps) {
  const s = useStyles();
  const g = useGridTableStyles();
  const { meeting, onMove } = props;
  const typed = meeting.items.filter((i) => i.fixedRole === null);
  const typedIds = typed.map((i) => i.id);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

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
            {meeting.items.map((item) => (
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

function ItemRow({
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

  const submitted =
    item.submitter || item.submittedAt
      ? nl.agenda.submitted(
          item.submitter?.name ?? null,
          item.submittedAt ? localDateTime(item.submittedAt) : null,
        )
      : '';

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
        <div className={s.titleCell}>
          <button
            type="button"
            className={mergeClasses(s.title, !typed && s.fixedTitle)}
            tabIndex={-1}
            onClick={() => onEdit(item)}
          >
            {item.title}
          </button>
          {typed && item.proposal ? (
            <Caption1
              className={s.proposal}
            >{`${item.kind === 'voorbereidend' ? nl.item.proposalAdvice : nl.item.proposal}: ${item.proposal}`}</Caption1>
          ) : null}
          {typed && submitted ? <Caption1 className={s.meta}>{submitted}</Caption1> : null}
          {typed &&
          (item.target ||
            item.missing.length ||
            item.recurringKey ||
            item.postponedFrom ||
            (item.late && item.lateDecision === 'admitted')) ? (
            <div className={s.flags}>
              {item.target ? (
                <Badge appearance="outline" color="informative" shape="rounded">
                  {nl.agenda.target(nl.targets[item.target])}
                </Badge>
              ) : null}
              {item.late && item.lateDecision === 'admitted' ? (
                <Badge appearance="tint" color="subtle" shape="rounded" data-testid="late-admitted">
                  {nl.agenda.lateAdmitted}
                </Badge>
              ) : null}
              {item.missing.map((m) => (
                <Badge
                  key={m}
                  appearance="tint"
                  color={m === 'document' ? 'subtle' : 'warning'}
                  shape="rounded"
                  data-testid={`missing-${m}`}
                >
                  {nl.missing[m] ?? m}
                </Badge>
              ))}
              {item.recurringKey ? (
                <Badge appearance="tint" color="subtle" shape="rounded">
                  {nl.agenda.recurringBadge}
                </Badge>
              ) : null}
              {item.postponedFrom ? (
                <Badge appearance="tint" color="subtle" shape="rounded">
                  {nl.agenda.postponedBadge(plainDate(item.postponedFrom.meetingDate))}
                </Badge>
              ) : null}
            </div>
          ) : null}
          {item.late && item.lateDecision === 'pending' ? (
            <div className={s.late} role="group" aria-label={nl.agenda.late} data-testid="late">
              <span className={s.lateText}>
                <WarningFilled className={s.lateIcon} aria-hidden />
                {nl.agenda.late}
              </span>
              <span className={s.lateButtons}>
                <Button
                  size="small"
                  icon={<CheckmarkRegular />}
                  tabIndex={tab}
                  onClick={() => onResolveLate(item, 'admit')}
                >
                  {nl.agenda.admit}
                </Button>
                <Button
                  size="small"
                  icon={<ArrowForwardRegular />}
                  tabIndex={tab}
                  onClick={() => onResolveLate(item, 'moveToNext')}
                  disabled={!meeting.nextMeeting}
                >
                  {nl.agenda.toNext}
                </Button>
              </span>
            </div>
          ) : null}
        </div>
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
        <div className={s.actions}>
          {typed ? (
            <>
              <Tooltip content={`${nl.common.moveUp} (Alt+↑)`} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowUpRegular />}
                  tabIndex={tab}
                  disabled={typedIndex <= 0}
                  onClick={() => onMove(item, typedIndex - 1)}
                />
              </Tooltip>
              <Tooltip content={`${nl.common.moveDown} (Alt+↓)`} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<ArrowDownRegular />}
                  tabIndex={tab}
                  disabled={typedIndex >= typedCount - 1}
                  onClick={() => onMove(item, typedIndex + 1)}
                />
              </Tooltip>
            </>
          ) : null}
          <Tooltip content={nl.agenda.addDocuments} relationship="label">
            <Button
              appearance="subtle"
              size="small"
              icon={<AttachRegular />}
              tabIndex={tab}
              onClick={() => documents.pick(item)}
              data-testid="add-documents"
            />
          </Tooltip>
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Tooltip content={nl.common.more} relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<MoreHorizontalRegular />}
                  tabIndex={tab}
                  data-row-menu
                />
              </Tooltip>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<EditRegular />} secondaryContent="Enter" onClick={() => onEdit(item)}>
                  {nl.agenda.editItem}
                </MenuItem>
                <MenuItem icon={<AttachRegular />} onClick={() => documents.pick(item)}>
                  {nl.agenda.addDocuments}
                </MenuItem>
                {typed ? (
                  <>
                    <MenuItem
                      icon={<ArrowUpRegular />}
                      secondaryContent="Alt+↑"
                      disabled={typedIndex <= 0}
                      onClick={() => onMove(item, typedIndex - 1)}
                    >
                      {nl.common.moveUp}
                    </MenuItem>
                    <MenuItem
                      icon={<ArrowDownRegular />}
                      secondaryContent="Alt+↓"
                      disabled={typedIndex >= typedCount - 1}
                      onClick={() => onMove(item, typedIndex + 1)}
                    >
                      {nl.common.moveDown}
                    </MenuItem>
                    <MenuDivider />
                    <MenuItem
                      icon={<DeleteRegular />}
                      secondaryContent="Delete"
                      onClick={() => onDelete(item)}
                    >
                      {nl.agenda.deleteItem}
                    </MenuItem>
                  </>
                ) : null}
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      </td>
    </tr>
  );
}

function OpenActions({
  actions,
  boxRef,
}: {
  actions: ActionView[];
  boxRef: (el: HTMLElement | null) => void;
}) {
  const s = useStyles();
  return (
    <div
      className={s.actionsBox}
      ref={boxRef}
      tabIndex={-1}
      data-testid="open-actions"
      aria-label={nl.agenda.openActions}
    >
      <Caption1>
        <strong>{nl.agenda.openActions}</strong>
        {actions.length ? ` (${actions.length})` : ''}
      </Caption1>
      {actions.length === 0 ? (
        <Caption1 className={s.meta}>{nl.agenda.openActionsNone}</Caption1>
      ) : (
        <table className={s.actionsTable}>
          <thead>
            <tr>
              <th className={s.actionsTh} style={{ width: '40px' }}>
                {nl.agenda.colActionNr}
              </th>
              <th className={s.actionsTh}>{nl.agenda.colActionWhat}</th>
              <th className={s.actionsTh} style={{ width: '140px' }}>
                {nl.agenda.colActionWho}
              </th>
              <th className={s.actionsTh} style={{ width: '190px' }}>
                {nl.agenda.colActionDue}
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id} data-testid="open-action">
                <td className={s.actionsTd}>{a.nr}</td>
                <td className={s.actionsTd}>{truncate(a.what, 90)}</td>
                <td className={s.actionsTd}>{a.who}</td>
                <td className={mergeClasses(s.actionsTd, a.overdue && s.overdue)}>
                  {a.due ? plainDate(a.due) : nl.common.none}
                  {a.overdue ? (
                    <Badge
                      appearance="filled"
                      color="danger"
                      size="small"
                      shape="rounded"
                      style={{ marginLeft: 6 }}
                    >
                      {nl.agenda.overdue}
                    </Badge>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
