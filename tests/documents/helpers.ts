// Reading generated documents back: text via mammoth, raw XML parts via unzip, and rendering through
// LibreOffice (headless) + pdftotext to prove a real word processor opens them.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export async function docxText(buf: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: buf });
  return value;
}

/** The XML parts of a .docx by name ('word/document.xml', 'word/footer1.xml', …). */
export function docxParts(buf: Uint8Array): Record<string, string> {
  const files = unzipSync(buf);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = strFromU8(data);
  return out;
}

/** Asserts that `needles` occur in `haystack` in this order; returns the first one missing or out of order. */
export function firstOutOfOrder(haystack: string, needles: string[]): string | null {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    if (i < 0) return n;
    at = i + n.length;
  }
  return null;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const hasLibreOffice = which('soffice');
export const hasPoppler = which('pdftotext');
/** Info-ZIP's unzip, an independent reader of our zips (.ci/run installs it). */
export const hasUnzip = which('unzip');

/**
 * Converts all `docxPaths` to PDF in ONE soffice run (a private profile per run, so parallel runs do not
 * clash) and returns the pdftotext text per input, or null when no PDF came out.
 */
export async function renderPdfTexts(
  docxPaths: string[],
  timeoutMs = 90_000,
): Promise<Map<string, string | null>> {
  const outDir = mkdtempSync(join(tmpdir(), 'regie-pdf-'));
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          ...docxPaths,
        ],
        { timeout: timeoutMs },
        (err) => (err ? reject(err) : resolve()),
      );
    });
    const result = new Map<string, string | null>();
    for (const p of docxPaths) {
      const pdf = join(outDir, basename(p).replace(/\.docx$/i, '.pdf'));
      if (!existsSync(pdf)) {
        result.set(p, null);
        continue;
      }
      result.set(p, execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
