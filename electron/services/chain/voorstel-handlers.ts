// The draft B&W-voorstel per municipality (export.voorstel) and the municipalities' own Word templates for it
// (templates.list / templates.set). A template is checked when it is set and kept in the document store; when
// its file is missing here (a laptop that got the municipality from a package), Regie's own layout is used and
// the export says so.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { VoorstelTemplateView } from '../../../shared/api/calls/chain';
import { ApiError } from '../../../shared/api/errors';
import { getMunicipality } from '../../../db/repos/chain';
import { rotationOf } from '../../../db/repos/reads';
import { updateRow } from '../../../db/tracked';
import { packDocx, writeFileAtomic } from '../../documents/index';
import { buildVoorstelDocument } from '../../documents/voorstel';
import { TemplateError, checkTemplate, fillTemplate } from '../../documents/voorstel-template';
import { act, type AppContext } from '../context';
import { result, target } from '../exports/handlers';
import { voorstelSource } from './voorstel';

async function templateView(ctx: AppContext, municipalityId: string): Promise<VoorstelTemplateView> {
  const row = await getMunicipality(ctx.store.db, municipalityId);
  if (!row) throw new ApiError('not_found', 'Deze gemeente bestaat niet (meer).');
  return {
    municipality: { id: row.id, name: row.name },
    template:
      row.voorstel_template_sha256 && row.voorstel_template_name
        ? { name: row.voorstel_template_name }
        : null,
  };
}

export function voorstelHandlers(
  ctx: AppContext,
): Pick<Handlers, 'export.voorstel' | 'templates.list' | 'templates.set'> {
  return {
    async 'export.voorstel'(req) {
      const source = await voorstelSource(ctx, req.meetingId, req.itemId, req.municipality, ctx.now());
      let bytes: Buffer | null = null;
      let notice: string | undefined;
      if (source.template) {
        if (await ctx.files.has(source.template.sha256)) {
          try {
            bytes = fillTemplate(await readFile(ctx.files.pathOf(source.template.sha256)), source.data);
          } catch (error) {
            if (!(error instanceof TemplateError)) throw error;
            notice = `${error.message} Regie heeft zijn eigen opmaak gebruikt.`;
          }
        } else
          notice = `Het sjabloon van ${source.model.municipality} (${source.template.name}) staat niet op deze computer; Regie heeft zijn eigen opmaak gebruikt.`;
      }
      bytes ??= await packDocx(buildVoorstelDocument(source.model));
      const path = await target(ctx, req.outPath, source.fileName, 'Het B&W-voorstel');
      await writeFileAtomic(path, bytes);
      return result(ctx, path, notice ? { notice } : {});
    },

    async 'templates.list'(req) {
      const rotation = await rotationOf(ctx.store.db, req.bodyId);
      return Promise.all(rotation.map((m) => templateView(ctx, m.id)));
    },

    async 'templates.set'(req) {
      const municipality = await templateView(ctx, req.municipalityId);
      const name = municipality.municipality.name;
      if (!req.source) {
        await act(ctx, `Sjabloon B&W-voorstel van ${name} verwijderd`, (cx) =>
          updateRow(cx, 'municipalities', req.municipalityId, {
            voorstel_template_sha256: null,
            voorstel_template_name: null,
          }),
        );
        return templateView(ctx, req.municipalityId);
      }
      const source = req.source;
      let bytes: Buffer;
      if (source.kind === 'path') {
        try {
          bytes = await readFile(source.path);
        } catch {
          throw new ApiError('invalid', `Het sjabloon is niet te lezen: ${source.path}`, [
            { path: 'source', message: 'bestand niet te lezen' },
          ]);
        }
      } else bytes = Buffer.from(source.base64, 'base64');
      const fileName = basename(source.kind === 'path' ? source.path : source.fileName);
      if (!/\.docx$/i.test(fileName))
        throw new ApiError('invalid', 'Een sjabloon is een Word-document (.docx).', [
          { path: 'source', message: 'kies een .docx-bestand' },
        ]);
      try {
        checkTemplate(bytes);
      } catch (error) {
        if (error instanceof TemplateError)
          throw new ApiError('invalid', error.message, [{ path: 'source', message: error.message }]);
        throw error;
      }
      const stored = await ctx.files.putBytes(bytes);
      await act(ctx, `Sjabloon B&W-voorstel van ${name} ingesteld`, (cx) =>
        updateRow(cx, 'municipalities', req.municipalityId, {
          voorstel_template_sha256: stored.sha256,
          voorstel_template_name: fileName,
        }),
      );
      return templateView(ctx, req.municipalityId);
    },
  };
}
