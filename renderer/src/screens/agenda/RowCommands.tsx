// The commands at the end of an agenda row: up and down (typed items), add documents, and the row's menu
// (edit, documents, move, delete) that the context-menu key and Shift+F10 open too.
import { Button, MenuDivider, MenuItem, MenuList, MenuPopover, makeStyles } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  AttachRegular,
  DeleteRegular,
  EditRegular,
  FolderOpenRegular,
  MoreHorizontalRegular,
} from '@fluentui/react-icons';
import { LazyMenu } from '../../components/LazyMenu';
import { LazyTooltip } from '../../components/LazyTooltip';
import { nlc } from '../../i18n/nl-chain';
import { useAppState } from '../../app/state';
import type { ItemView, MeetingDetail } from '../../../../shared/api/views';
import { VoorstelSubmenu, hasVoorstel } from '../decisions/VoorstelMenu';
import { nl } from '../../i18n/nl';
import type { DocumentUpload } from './useDocuments';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '2px', justifyContent: 'flex-end' },
});

export function RowCommands({
  meeting,
  item,
  typedIndex,
  typedCount,
  tabIndex: tab,
  documents,
  onMove,
  onEdit,
  onDelete,
}: {
  meeting: Pick<MeetingDetail, 'id' | 'bodyId'>;
  item: ItemView;
  typedIndex: number;
  typedCount: number;
  tabIndex: number;
  documents: DocumentUpload;
  onMove: (item: ItemView, toIndex: number) => void;
  onEdit: (item: ItemView) => void;
  onDelete: (item: ItemView) => void;
}) {
  const s = useStyles();
  const { navigate } = useAppState();
  const typed = item.fixedRole === null;
  return (
    <div className={s.actions}>
      {typed ? (
        <>
          <LazyTooltip content={`${nl.common.moveUp} (Alt+↑)`} relationship="label">
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowUpRegular />}
              tabIndex={tab}
              disabled={typedIndex <= 0}
              onClick={() => onMove(item, typedIndex - 1)}
            />
          </LazyTooltip>
          <LazyTooltip content={`${nl.common.moveDown} (Alt+↓)`} relationship="label">
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowDownRegular />}
              tabIndex={tab}
              disabled={typedIndex >= typedCount - 1}
              onClick={() => onMove(item, typedIndex + 1)}
            />
          </LazyTooltip>
        </>
      ) : null}
      <LazyTooltip content={nl.agenda.addDocuments} relationship="label">
        <Button
          appearance="subtle"
          size="small"
          icon={<AttachRegular />}
          tabIndex={tab}
          onClick={() => documents.pick(item)}
          data-testid="add-documents"
        />
      </LazyTooltip>
      <LazyMenu
        trigger={
          <LazyTooltip content={nl.common.more} relationship="label">
            <Button
              appearance="subtle"
              size="small"
              icon={<MoreHorizontalRegular />}
              tabIndex={tab}
              data-row-menu
            />
          </LazyTooltip>
        }
        positioning="below-end"
      >
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<EditRegular />} secondaryContent="Enter" onClick={() => onEdit(item)}>
              {nl.agenda.editItem}
            </MenuItem>
            <MenuItem icon={<AttachRegular />} onClick={() => documents.pick(item)}>
              {nl.agenda.addDocuments}
            </MenuItem>
            {typed ? (
              <MenuItem
                icon={<FolderOpenRegular />}
                onClick={() => navigate({ screen: 'dossier', itemId: item.id })}
              >
                {nlc.openDossier}
              </MenuItem>
            ) : null}
            {hasVoorstel(item) ? (
              <VoorstelSubmenu bodyId={meeting.bodyId} meetingId={meeting.id} itemId={item.id} />
            ) : null}
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
                <MenuItem icon={<DeleteRegular />} secondaryContent="Delete" onClick={() => onDelete(item)}>
                  {nl.agenda.deleteItem}
                </MenuItem>
              </>
            ) : null}
          </MenuList>
        </MenuPopover>
      </LazyMenu>
    </div>
  );
}
