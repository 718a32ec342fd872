// Reading a plan file (`regie import PLAN.json`): UTF-8 only, a UTF-8 BOM accepted (Notepad writes one). Text
// in another encoding is refused rather than guessed: a Windows-1252 "Café" read as UTF-8 would become
// "Caf�" in every document Regie makes. Every refusal is Dutch and names the file and where it went wrong.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors';

const BOM = [0xef, 0xbb, 0xbf];

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Decodes a plan's bytes as UTF-8 (without its BOM), or refuses naming where it is not UTF-8. */
function decodePlanText(bytes: Uint8Array, name: string): string {
  const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Where: the first replacement character of a lenient decoding (close enough for the message).
    const lenient = new TextDecoder('utf-8').decode(body);
    const { line, column } = lineAndColumn(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    throw new ApiError(
      'invalid',
      `${name} is geen UTF-8: regel ${line}, kolom ${column} bevat een teken in een andere codering (bijvoorbeeld Windows-1252). Sla het plan op als UTF-8 (in Kladblok: Opslaan als… › Codering: UTF-8) en importeer het opnieuw.`,
      [{ path: '', message: `geen UTF-8 (regel ${line}, kolom ${column})` }],
    );
  }
}

/** Parses a plan's JSON; a syntax error is named by line and column, in Dutch. */
function parsePlanJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at
      ? (() => {
          const { line, column } = lineAndColumn(text, Number(at[1]));
          return ` (regel ${line}, kolom ${column})`;
        })()
      : text.trim() === ''
        ? ' (het bestand is leeg)'
        : '';
    throw new ApiError('invalid', `${name} is geen geldige JSON${where}.`);
  }
}

/** Reads and parses a plan file, refusing what is missing, a folder, not UTF-8 or not JSON. */
export async function readPlanFile(path: string, shownAs = basename(path)): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ApiError(
      'invalid',
      code === 'ENOENT'
        ? `Plan niet gevonden: ${shownAs}`
        : code === 'EISDIR'
          ? `${shownAs} is een map; geef het planbestand (.json) zelf op.`
          : `Plan niet te lezen: ${shownAs} (${code ?? String(error)})`,
    );
  }
  return parsePlanJson(decodePlanText(bytes, shownAs), shownAs);
}
