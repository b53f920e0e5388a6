// Visual comparison of the Table 2 pages of seed 004's PDF with reference images kept beside this file
// (grey PGM at 50 dpi, gzipped). The PDF is drawn with pinned react-pdf and bundled fonts, so it is
// stable; a change of layout shows here. After a deliberate change, look at the new pages and run
// NIANBAO_UPDATE_REFERENCE=1 npx vitest run lib/render/visual.test.ts to keep them as the reference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCanonical } from '@/lib/domain/canonical';
import { buildDocumentModel } from './document-model';
import { renderPdf } from './pdf';
import { SEEDS } from './test-support';

const REFERENCE_DIR = path.join(__dirname, 'reference');
const PAGES = [4, 5]; // Table 2 of seed 004 starts on page 4 and runs onto page 5
const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-visual-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Gray = { width: number; height: number; pixels: Uint8Array };

/** A binary PGM (P5, maxval 255), as pdftoppm -gray writes it. */
function parsePgm(data: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P5 PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

/** Share of pixels whose grey differs by more than a quarter of the range. */
function difference(a: Gray, b: Gray): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i] - b.pixels[i]) > 64) differing++;
  return differing / a.pixels.length;
}

describe('PDF pages against the reference images', () => {
  it('draws the Table 2 pages of seed 004 as before', { timeout: 60_000 }, async () => {
    const report = SEEDS['004'];
    const pdf = path.join(dir, 'seed-004.pdf');
    writeFileSync(pdf, await renderPdf(buildDocumentModel(report, { draft: false }), writeCanonical(report)));
    for (const page of PAGES) {
      const out = path.join(dir, `page-${page}`);
      execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', pdf, out]);
      const actual = readFileSync(`${out}.pgm`);
      const reference = path.join(REFERENCE_DIR, `seed-004-page-${page}.pgm.gz`);
      if (process.env.NIANBAO_UPDATE_REFERENCE === '1') writeFileSync(reference, gzipSync(actual, { level: 9 }));
      expect(existsSync(reference), `${reference} is missing: see the comment at the top of this file`).toBe(true);
      const share = difference(parsePgm(actual), parsePgm(gunzipSync(readFileSync(reference))));
      expect(share, `page ${page} differs from its reference in ${(share * 100).toFixed(2)}% of pixels`).toBeLessThan(0.001); // a lost table line is ≈ 0.15%
    }
  });
});
