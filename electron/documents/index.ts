// Word documents and the distribution package. Pure builders (model → docx Document), atomic writers, and the
// package writer (folder + .eml + .ics + .zip). Electron-free: runs in the main process, the CLI and tests.
export type * from './model';
export { buildAgendaDocument } from './agenda';
export { buildMinutesDocument } from './minutes';
export { buildActionListDocument, groupOpenActions } from './actions';
export { cleanText, cleanLine } from './styles';
export {
  writeDocx,
  writeFileAtomic,
  packDocx,
  tempPathFor,
  renameWithRetry,
  fsyncDir,
  syncFile,
} from './write';
export { buildIcs, type CalendarEvent, type MailAddress } from './ics';
export { writeEml, type EmlMessage, type EmlAttachment } from './eml';
export {
  writeDistributionPackage,
  DEFAULT_MAX_EMAIL_ATTACHMENT_BYTES,
  type DistributionPackageInput,
  type DistributionPackageResult,
  type PackageAttachment,
  type PackageEmail,
  type PackageNames,
} from './package';
