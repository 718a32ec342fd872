// The calls of this area: meeting packages, backups, restore and the integrity check.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { AppContext } from '../context';
import { checkStore } from '../check';
import {
  createBackupFolder,
  createBackupZip,
  lastAutomaticBackupError,
  listBackups,
  type BackupSource,
} from '../backup';
import { exportPackage } from './package-export';
import { importPackage, previewPackage } from './package-import';
import { restoreInPlace } from './restore';
import { assertOutsideData, dataPlaces } from '../output-path';

type SyncMethod =
  | 'package.export'
  | 'package.preview'
  | 'package.import'
  | 'package.upload'
  | 'backup.create'
  | 'backup.list'
  | 'backup.restore'
  | 'check.run';

/** Read at call time, never captured: after a restore ctx.store is a different store. */
export function backupSource(ctx: AppContext): BackupSource {
  return {
    sqlite: ctx.store.sqlite,
    files: ctx.files,
    dataDir: ctx.dataDir,
    version: ctx.version,
    now: ctx.now,
  };
}

export function syncHandlers(ctx: AppContext): Pick<Handlers, SyncMethod> {
  return {
    'package.export': async (req) =>
      exportPackage(
        ctx,
        req.meetingId,
        assertOutsideData(req.outPath, dataPlaces(ctx), 'Het vergaderpakket'),
      ),
    'package.preview': (req) => previewPackage(ctx, resolve(req.path)),
    'package.import': (req) => importPackage(ctx, resolve(req.path), req.resolutions),
    async 'package.upload'(req) {
      if (!req.fileName.toLowerCase().endsWith('.regie'))
        throw new ApiError('invalid', 'Kies een vergaderpakket: een bestand dat eindigt op .regie.');
      const bytes = Buffer.from(req.base64, 'base64');
      if (bytes.length === 0) throw new ApiError('invalid', 'Het pakket is leeg.');
      const dir = join(ctx.dataDir, 'imports');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${randomUUID()}.regie`);
      await writeFile(path, bytes);
      return { path };
    },

    async 'backup.create'(req) {
      if (req.outPath) {
        const out = assertOutsideData(req.outPath, dataPlaces(ctx), 'De back-up');
        if (out.toLowerCase().endsWith('.regie'))
          throw new ApiError(
            'invalid',
            'Een back-up is geen vergaderpakket: kies een naam die eindigt op .zip.',
          );
        return createBackupZip(backupSource(ctx), out);
      }
      return createBackupFolder(backupSource(ctx), 'handmatig');
    },
    async 'backup.list'() {
      return {
        backups: await listBackups(ctx.dataDir),
        lastAutomaticError: lastAutomaticBackupError(ctx.dataDir),
      };
    },
    'backup.restore': (req) => restoreInPlace(ctx, resolve(req.path)),

    async 'check.run'(req) {
      const report = await checkStore(ctx, { repair: req.repair });
      return { ok: report.problems.length === 0, lines: report.lines, problems: report.problems };
    },
  };
}
