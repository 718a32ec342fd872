// A tiny valid PDF (pages of text) for the demo's documents, so the demo needs no files on disk.
export function minimalPdf(title: string, lines: readonly string[]): Buffer {
  return pdfPages([{ title, lines }]);
}

/** A PDF with one page per entry: a heading and lines of text (Helvetica, Latin-1). */
export function pdfPages(pages: readonly { title: string; lines: readonly string[] }[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const content = (page: { title: string; lines: readonly string[] }) =>
    [
      'BT /F1 18 Tf 72 770 Td',
      `(${esc(page.title)}) Tj`,
      '/F1 11 Tf 0 -30 Td',
      ...page.lines.map((l) => `(${esc(l)}) Tj 0 -16 Td`),
      'ET',
    ].join('\n');
  // 1 catalog, 2 pages, 3 font, then per page: the page and its content stream.
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...pages.flatMap((page, i) => {
      const text = content(page);
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
        `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
      ];
    }),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
