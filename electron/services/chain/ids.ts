// A follow-up's id is derived from its decision and destination (an RFC 9562 version-8 UUID from SHA-256):
// two laptops that give the same advice the same follow-up create the same row, so a meeting package merges
// them instead of doubling them, and changing a destination back restores the follow-up with its history.
// Migration 0030 uses the same derivation (a frozen copy).
import { createHash } from 'node:crypto';

export function followUpId(decisionId: string, key: string): string {
  const h = createHash('sha256').update(`follow-up|${decisionId}|${key}`).digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
