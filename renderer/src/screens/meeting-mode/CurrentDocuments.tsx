// The current item's documents in meeting mode, each one click (or s, then Enter) from opening.
import { Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular, OpenRegular } from '@fluentui/react-icons';
import type { ItemView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import { truncate } from '../../lib/format';
import { attachmentKey, useOpenAttachment } from '../documents/useOpenAttachment';
import { useModeStyles } from './styles';

const useStyles = makeStyles({
  docs: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  // The card is the list item: the button (letter, title) fills most of it, the file name and size beside it
  // stay out of the button's name; a click anywhere on the card opens the document too.
  doc: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto 20px',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
    cursor: 'pointer',
    ':hover': {
      border: `1px solid ${tokens.colorNeutralStroke1Hover}`,
      backgroundColor: tokens.colorNeutralBackground1Hover,
    },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':has(:focus-visible)': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  docButton: {
    display: 'grid',
    gridTemplateColumns: 'auto 20px minmax(0, 1fr)',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    padding: '6px 0',
    border: 'none',
    background: 'none',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: 'none' },
  },
  docAction: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
  docLabel: {
    alignSelf: 'stretch',
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    margin: '-6px 0',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: '20px',
    justifyContent: 'center',
  },
  docTitle: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
  },
  docMeta: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

export function CurrentDocuments({ item }: { item: ItemView }) {
  const s = useStyles();
  const m = useModeStyles();
  const opener = useOpenAttachment();
  return (
    <div className={m.block}>
      <span className={m.blockLabel}>{nlm.mode.documents(item.attachments.length)}</span>
      {item.attachments.length === 0 ? (
        <Caption1 className={m.hint}>{nlm.mode.noDocuments}</Caption1>
      ) : (
        <>
          <ul className={s.docs} data-testid="current-documents">
            {item.attachments.map((a, i) => (
              <li
                key={attachmentKey(item.id, a)}
                className={s.doc}
                onClick={() => void opener.open(item.id, a)}
              >
                <button
                  type="button"
                  className={s.docButton}
                  onClick={(e) => {
                    e.stopPropagation();
                    void opener.open(item.id, a);
                  }}
                  aria-label={(opener.desktop ? nlm.mode.openDocument : nlm.mode.downloadDocument)(
                    a.label,
                    a.title,
                  )}
                  aria-busy={opener.opening === attachmentKey(item.id, a) ? true : undefined}
                  aria-keyshortcuts={i === 0 ? 's' : undefined}
                  title={`${a.title} — ${a.fileName}`}
                  data-testid="open-document"
                  data-label={a.label}
                >
                  <span className={s.docLabel}>{a.label}</span> <DocumentRegular aria-hidden />
                  <span className={s.docTitle}>{a.title}</span>
                </button>
                <Caption1 className={s.docMeta}>
                  {a.size > 0
                    ? `${truncate(a.fileName, 40)} · ${fileSize(a.size)}`
                    : truncate(a.fileName, 40)}
                </Caption1>
                <span className={s.docAction} aria-hidden>
                  {opener.opening === attachmentKey(item.id, a) ? (
                    <Spinner size="extra-tiny" />
                  ) : opener.desktop ? (
                    <OpenRegular />
                  ) : (
                    <ArrowDownloadRegular />
                  )}
                </span>
              </li>
            ))}
          </ul>
          <Caption1 className={m.hint}>
            {opener.desktop ? nlm.mode.openHintDesktop : nlm.mode.openHintBrowser}
          </Caption1>
        </>
      )}
    </div>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
