// An item's attachments as chips ("C1 Voorstel aanschaf…"): each opens a menu to open (or download), rename,
// reorder or delete it. The previous minutes that item 2 carries open with one click.
import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MenuItem,
  MenuList,
  MenuPopover,
  Spinner,
  makeStyles,
  tokens,
  Caption1,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowLeftRegular,
  ArrowRightRegular,
  DeleteRegular,
  DocumentRegular,
  OpenRegular,
  RenameRegular,
} from '@fluentui/react-icons';
import { LazyMenu } from '../../components/LazyMenu';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { AttachmentView, ItemView } from '../../../../shared/api/views';
import type { LocalDate } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { useApiMutation } from '../../api/queries';
import { toApiCallError } from '../../api/errors';
import { notify } from '../../app/notify';
import { FormDialog } from '../../components/FormDialog';
import { plainDate } from '../../lib/format';
import { attachmentKey, useOpenAttachment } from '../documents/useOpenAttachment';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: {
    minWidth: 0,
    maxWidth: '100%',
    height: '26px',
    padding: `0 ${tokens.spacingHorizontalS} 0 0`,
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    justifyContent: 'flex-start',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    display: 'inline-flex',
    alignItems: 'center',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  label: {
    alignSelf: 'stretch',
    display: 'inline-flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: 'tabular-nums',
  },
  // Shortened by CSS, not in the text: the button's name ("Bijlage B1: …") must hold all of what it shows.
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '170px' },
  renameContent: { gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function Attachments({
  item,
  previousMeetingDate,
  tabbable,
}: {
  item: ItemView;
  previousMeetingDate: LocalDate | null;
  tabbable: boolean;
}) {
  const s = useStyles();
  const opener = useOpenAttachment();
  const documents = item.attachments.filter((a) => a.source === 'document');
  return (
    <div className={s.list} data-testid="attachments">
      {item.attachments.map((a) => {
        if (a.source === 'document')
          return (
            <DocumentChip
              key={a.id ?? a.label}
              itemId={item.id}
              attachment={a}
              index={documents.indexOf(a)}
              count={documents.length}
              tabbable={tabbable}
              opener={opener}
            />
          );
        const title = previousMeetingDate
          ? nl.agenda.previousMinutes(plainDate(previousMeetingDate))
          : a.title;
        return (
          <LazyTooltip key="previous-minutes" content={a.fileName} relationship="description">
            <Button
              className={s.chip}
              appearance="outline"
              size="small"
              aria-label={nl.agenda.openPreviousMinutes(a.label, title)}
              tabIndex={tabbable ? 0 : -1}
              data-label={a.label}
              onClick={() => void opener.open(item.id, a)}
            >
              <span className={s.label}>{a.label}</span> <span className={s.title}>{title}</span>
              {opener.opening === attachmentKey(item.id, a) ? <Spinner size="extra-tiny" /> : null}
            </Button>
          </LazyTooltip>
        );
      })}
    </div>
  );
}

function DocumentChip({
  itemId,
  attachment,
  index,
  count,
  tabbable,
  opener,
}: {
  itemId: string;
  attachment: AttachmentView;
  index: number;
  count: number;
  tabbable: boolean;
  opener: ReturnType<typeof useOpenAttachment>;
}) {
  const s = useStyles();
  const [renaming, setRenaming] = useState(false);
  const move = useApiMutation('documents.move');
  const remove = useApiMutation('documents.delete');
  const restore = useApiMutation('trash.restore');
  const id = attachment.id;
  if (!id) return null;
  return (
    <>
      <LazyMenu
        trigger={
          <LazyTooltip
            content={`${attachment.label} ${attachment.title} — ${attachment.fileName}`}
            relationship="description"
          >
            <Button
              className={s.chip}
              appearance="outline"
              size="small"
              aria-label={nl.agenda.attachmentMenu(attachment.label, attachment.title)}
              tabIndex={tabbable ? 0 : -1}
              data-label={attachment.label}
            >
              <span className={s.label}>{attachment.label}</span>{' '}
              <span className={s.title}>{attachment.title}</span>
              {opener.opening === attachmentKey(itemId, attachment) ? <Spinner size="extra-tiny" /> : null}
            </Button>
          </LazyTooltip>
        }
        positioning="below-start"
      >
        <MenuPopover>
          <MenuList>
            <MenuItem
              icon={opener.desktop ? <OpenRegular /> : <ArrowDownloadRegular />}
              onClick={() => void opener.open(itemId, attachment)}
              data-testid="open-document"
            >
              {opener.desktop ? nl.agenda.openDocument : nl.agenda.downloadDocument}
            </MenuItem>
            <MenuItem icon={<RenameRegular />} onClick={() => setRenaming(true)}>
              {nl.agenda.renameDocument}
            </MenuItem>
            <MenuItem
              icon={<ArrowLeftRegular />}
              disabled={index <= 0}
              onClick={() => move.mutate({ id, toIndex: index - 1 })}
            >
              {nl.agenda.documentEarlier}
            </MenuItem>
            <MenuItem
              icon={<ArrowRightRegular />}
              disabled={index >= count - 1}
              onClick={() => move.mutate({ id, toIndex: index + 1 })}
            >
              {nl.agenda.documentLater}
            </MenuItem>
            <MenuItem
              icon={<DeleteRegular />}
              onClick={() =>
                remove.mutate(
                  { id },
                  {
                    onSuccess: () =>
                      notify({
                        intent: 'success',
                        text: nl.agenda.documentDeleted(attachment.title),
                        action: {
                          label: nl.common.restore,
                          run: () => restore.mutate({ table: 'documents', id }),
                        },
                      }),
                  },
                )
              }
            >
              {nl.agenda.deleteDocument}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </LazyMenu>
      {renaming ? <RenameDialog attachment={attachment} id={id} onClose={() => setRenaming(false)} /> : null}
    </>
  );
}

function RenameDialog({
  attachment,
  id,
  onClose,
}: {
  attachment: AttachmentView;
  id: string;
  onClose: () => void;
}) {
  const s = useStyles();
  const [title, setTitle] = useState(attachment.title);
  const [error, setError] = useState<string | undefined>();
  const rename = useApiMutation('documents.update', { quiet: true });
  const submit = () =>
    rename.mutate(
      { id, title },
      {
        onSuccess: onClose,
        onError: (err) =>
          setError(toApiCallError(err).body.issues?.[0]?.message ?? toApiCallError(err).body.message),
      },
    );
  return (
    <FormDialog
      title={nl.agenda.renameTitle}
      width={480}
      busy={rename.isPending}
      submitLabel={nl.common.save}
      onSubmit={submit}
      onClose={onClose}
      contentClassName={s.renameContent}
    >
      <Field
        label={nl.agenda.renameLabel}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          value={title}
          onChange={(_e, d) => setTitle(d.value)}
          autoFocus
          contentBefore={<DocumentRegular />}
        />
      </Field>
      <Caption1 className={s.muted}>{nl.agenda.fileName(attachment.fileName)}</Caption1>
    </FormDialog>
  );
}
