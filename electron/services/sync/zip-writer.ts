// A small streaming zip writer (PKZIP APPNOTE 6.3, no ZIP64): JSON entries deflated from memory, files
// streamed "stored" (PDFs and Word files are compressed already) with a data descriptor, so a 500 MB
// document never sits in memory. Own code rather than a library so the bytes go straight to a Sink we
// control (temp file, fsync, injected full disk). Archives over 4 GB are refused with a clear message.
import { crc32, deflateRawSync } from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';
import type { Sink } from './atomic-file';

const LIMIT_32 = 0xffffffff;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;

interface CentralEntry {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getUTCFullYear());
  return {
    time:
      (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly sink: Sink,
    moment: Date,
  ) {
    this.stamp = dosDateTime(moment);
  }

  get bytesWritten(): number {
    return this.offset;
  }

  private async put(chunk: Uint8Array): Promise<void> {
    if (this.offset + chunk.byteLength > LIMIT_32)
      throw new ApiError(
        'invalid',
        'Het bestand wordt groter dan 4 GB; zo groot kan een Regie-bestand niet zijn.',
      );
    await this.sink.write(chunk);
    this.offset += chunk.byteLength;
  }

  private localHeader(
    name: Buffer,
    flags: number,
    method: number,
    crc: number,
    compressedSize: number,
    size: number,
  ): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.byteLength, 26);
    header.writeUInt16LE(0, 28);
    return Buffer.concat([header, name]);
  }

  /** A small entry from memory, deflated unless that does not help. */
  async addBytes(path: string, data: Uint8Array): Promise<void> {
    const name = Buffer.from(path, 'utf8');
    const crc = crc32(data);
    const deflated = deflateRawSync(data);
    const useDeflate = deflated.byteLength < data.byteLength;
    const body = useDeflate ? deflated : data;
    const method = useDeflate ? 8 : 0;
    const offset = this.offset;
    await this.put(this.localHeader(name, FLAG_UTF8, method, crc, body.byteLength, data.byteLength));
    await this.put(body);
    this.entries.push({
      name,
      flags: FLAG_UTF8,
      method,
      crc,
      compressedSize: body.byteLength,
      size: data.byteLength,
      offset,
    });
  }

  /** A file streamed as is; `source` yields its bytes. Returns the number of bytes written. */
  async addStream(path: string, source: AsyncIterable<Uint8Array>): Promise<number> {
    const name = Buffer.from(path, 'utf8');
    const flags = FLAG_UTF8 | FLAG_DESCRIPTOR;
    const offset = this.offset;
    await this.put(this.localHeader(name, flags, 0, 0, 0, 0));
    let crc = 0;
    let size = 0;
    for await (const chunk of source) {
      crc = crc32(chunk, crc);
      size += chunk.byteLength;
      await this.put(chunk);
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.put(descriptor);
    this.entries.push({ name, flags, method: 0, crc, compressedSize: size, size, offset });
    return size;
  }

  /** Writes the central directory; the archive is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(e.flags, 8);
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(e.crc >>> 0, 16);
      header.writeUInt32LE(e.compressedSize, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.byteLength, 28);
      header.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([header, e.name]));
    }
    if (this.entries.length > 0xffff)
      throw new ApiError('invalid', 'Te veel bestanden voor één Regie-bestand.');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }
}
