// A municipality's own Word template for the B&W-voorstel, filled with docxtemplater (a well-kept templating
// library for .docx): placeholders such as {onderwerp}, {voorstel}, {inleiding}, {bijlagen}, and loops such as
// {#voorstelpunten}{nummer}. {tekst}{/voorstelpunten}. Unknown placeholders stay empty; a template that is not
// a Word file, or whose placeholders are malformed, is refused with a Dutch message naming the problem.
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';

/** What a template can use; documented for the secretariats in the Handleiding. */
export interface VoorstelTemplateData {
  gemeente: string;
  overleg: string;
  onderwerp: string;
  /** The decision points as '1. …' lines. */
  voorstel: string;
  voorstelpunten: { nummer: number; tekst: string }[];
  inleiding: string;
  advies: string;
  adviesdatum: string;
  argumenten: string;
  overleg_gevoerd_met: string;
  /** The attachments as '1. …' lines. */
  bijlagen: string;
  bijlagenlijst: { nummer: number; titel: string }[];
  bw_nummer: string;
  zaaknummer: string;
  datum: string;
  afdeling: string;
  opsteller: string;
  portefeuillehouder: string;
  publicatie: string;
}

export class TemplateError extends Error {}

interface DocxtemplaterIssue {
  properties?: { id?: string; xtag?: string; explanation?: string };
}

function describe(error: unknown): string {
  const issues = ((error as { properties?: { errors?: DocxtemplaterIssue[] } }).properties?.errors ?? [
    error as DocxtemplaterIssue,
  ]) as DocxtemplaterIssue[];
  const lines = issues.slice(0, 3).map((issue) => {
    const p = issue.properties ?? {};
    const tag = p.xtag ?? '';
    switch (p.id) {
      case 'unclosed_tag':
        return `de plaatsaanduiding {${tag} is niet gesloten met }`;
      case 'unopened_tag':
        return `bij ${tag}} ontbreekt de { ervoor`;
      case 'unclosed_loop':
      case 'closing_tag_does_not_match_opening_tag':
      case 'unopened_loop':
        return `de herhaling {#${tag}} … {/${tag}} klopt niet`;
      case 'duplicate_open_tag':
      case 'duplicate_close_tag':
        return `dubbele { of } bij ${tag}`;
      default:
        return p.explanation ?? (error instanceof Error ? error.message : String(error));
    }
  });
  return lines.join('; ');
}

/** Checks that `bytes` is a .docx docxtemplater can read (used before a template is stored). */
export function checkTemplate(bytes: Uint8Array): void {
  fillTemplate(bytes, null);
}

/** Fills the template; with `data` null only parses it. */
export function fillTemplate(bytes: Uint8Array, data: VoorstelTemplateData | null): Buffer {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('no word/document.xml');
  } catch {
    throw new TemplateError('Het sjabloon is geen Word-document (.docx).');
  }
  try {
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      nullGetter: () => '',
      // The error is reported to the user in Dutch (describe); no JSON dump on the console.
      errorLogging: false,
    });
    if (data) doc.render(data);
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  } catch (error) {
    throw new TemplateError(`Het sjabloon klopt niet: ${describe(error)}.`);
  }
}
