// Reading zip files that come from outside (e-mail, Teams, USB sticks): everything is checked before it
// is trusted. The central directory is read first, every entry name is checked (nothing may point
// outside a folder: no "..", no absolute paths, no drive letters, no backslashes), and entry data is
// streamed with its declared size as a hard limit and its CRC verified, so a damaged, truncated or
// hostile file gives a clear Dutch message instead of a half-imported state. Nothing is ever extracted
// by its name: callers decide where bytes go (documents go to the store under their hash).
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ApiError } from '../../../shared/api/errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function invalid(message: string): ApiError {
  return new ApiError('invalid', message);
}

/** Why an entry name is unsafe, or null. Also used for paths named inside manifests. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'een lege naam';
  if (name.includes('\\')) return 'een backslash in de naam';
  if (name.startsWith('/')) return 'een absoluut pad';
  if (/^[A-Za-z]:/.test(name)) return 'een stationsletter';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'een stuurteken in de naam';
  const parts = name.split('/');
  if (parts.some((p) => p === '..')) return 'een verwijzing naar een bovenliggende map ("..")';
  if (parts.some((p, i) => (p === '' && i < parts.length - 1) || p === '.')) return 'een ongeldig pad';
  return null;
}

function printable(name: string): string {
  return [...name].map((c) => (c.charCodeAt(0) < 32 ? '?' : c)).join('');
}

export class ZipReader {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    readonly entries: ZipEntry[],
    private readonly label: string,
  ) {}

  /**
   * Opens and checks the structure. `label` names the file for people ('Het pakket "x.regie"').
   * Throws ApiError('invalid') with a Dutch message for anything that is not a sound zip file.
   */
  static async open(path: string, label: string): Promise<ZipReader> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw invalid(
        code === 'ENOENT'
          ? `${label} is niet gevonden.`
          : `${label} kan niet worden gelezen (${code ?? 'onbekende fout'}).`,
      );
    }
    try {
      const entries = await readCentralDirectory(handle, label);
      return new ZipReader(path, handle, entries, label);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  private damaged(entry: ZipEntry, why: string): ApiError {
    return invalid(
      `${this.label} is beschadigd: onderdeel "${entry.name}" ${why}. Vraag het bestand opnieuw op.`,
    );
  }

  private async dataStart(entry: ZipEntry): Promise<number> {
    const header = Buffer.alloc(30);
    const { bytesRead } = await this.handle.read(header, 0, 30, entry.localOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE)
      throw this.damaged(entry, 'is niet te vinden');
    return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  /** The entry's bytes, never more than its declared size; the CRC is checked at the end. */
  async *stream(entry: ZipEntry): AsyncGenerator<Buffer> {
    const start = await this.dataStart(entry);
    let crc = 0;
    let size = 0;
    if (entry.compressedSize > 0) {
      const raw = createReadStream(this.path, {
        start,
        end: start + entry.compressedSize - 1,
        highWaterMark: 1 << 20,
      });
      let source: Readable = raw;
      if (entry.method === 8) {
        const inflate = createInflateRaw();
        raw.on('error', (error) => inflate.destroy(error));
        source = raw.pipe(inflate);
      }
      try {
        for await (const chunk of source as AsyncIterable<Buffer>) {
          size += chunk.byteLength;
          if (size > entry.size) throw this.damaged(entry, 'is groter dan aangegeven');
          crc = crc32(chunk, crc);
          yield chunk;
        }
      } catch (error) {
        if (error instanceof ApiError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code && code.startsWith('Z_')) throw this.damaged(entry, 'kan niet worden uitgepakt');
        throw error;
      } finally {
        raw.destroy();
        source.destroy();
      }
    }
    if (size !== entry.size) throw this.damaged(entry, 'is onvolledig');
    if (crc >>> 0 !== entry.crc >>> 0) throw this.damaged(entry, 'heeft een onjuist controlegetal');
  }

  /** A small entry, read whole (manifest, rows). */
  async read(entry: ZipEntry, maxBytes: number): Promise<Buffer> {
    if (entry.size > maxBytes) throw this.damaged(entry, `is te groot (${entry.size} bytes)`);
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(entry)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
}

async function readCentralDirectory(handle: FileHandle, label: string): Promise<ZipEntry[]> {
  const { size: fileSize } = await handle.stat();
  const head = Buffer.alloc(4);
  await handle.read(head, 0, 4, 0);
  const looksLikeZip = fileSize >= 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE;
  const notAZip = () =>
    invalid(
      looksLikeZip
        ? `${label} is onvolledig: het einde van het bestand ontbreekt (afgebroken bij kopiëren of versturen?). Vraag het opnieuw op.`
        : `${label} is geen Regie-bestand: het is geen zip-bestand.`,
    );
  if (fileSize < 22) throw notAZip();
  // The end record sits in the last 22 bytes, plus at most a 64 KB comment.
  const tailSize = Math.min(fileSize, 22 + 0xffff);
  const tail = Buffer.alloc(tailSize);
  await handle.read(tail, 0, tailSize, fileSize - tailSize);
  let eocd = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + 22 + tail.readUInt16LE(i + 20) === tailSize) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notAZip();
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw invalid(`${label} gebruikt het ZIP64-formaat voor zeer grote bestanden; dat leest Regie niet.`);
  const eocdPosition = fileSize - tailSize + eocd;
  if (cdOffset + cdSize > eocdPosition) throw notAZip();
  const cd = Buffer.alloc(cdSize);
  await handle.read(cd, 0, cdSize, cdOffset);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.byteLength || cd.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw invalid(`${label} is beschadigd: de inhoudsopgave van het zip-bestand klopt niet.`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const rawName = cd.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x0800 ? rawName.toString('utf8') : rawName.toString('latin1');
    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    p += 46 + nameLength + extraLength + commentLength;
    const unsafe = unsafeEntryName(name);
    if (unsafe)
      throw invalid(
        `${label} is geweigerd: het bevat een bestandsnaam met ${unsafe} ("${printable(name)}"). Zo'n naam kan buiten de doelmap schrijven.`,
      );
    if (flags & 0x0001) throw invalid(`${label} is versleuteld; dat leest Regie niet.`);
    if (method !== 0 && method !== 8)
      throw invalid(`${label} gebruikt een onbekende compressie (methode ${method}).`);
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
      throw invalid(`${label} gebruikt het ZIP64-formaat voor zeer grote bestanden; dat leest Regie niet.`);
    if (entry.localOffset + entry.compressedSize > cdOffset) throw notAZip();
    if (names.has(name)) throw invalid(`${label} is beschadigd: "${name}" staat er twee keer in.`);
    names.add(name);
    entries.push(entry);
  }
  return entries;
}
