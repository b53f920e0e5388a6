// Shared by the importer's fuzz tests: a ZIP writer whose headers say what a test likes, and the oracle
// "no made-up number": every number the importer read is a number written in the text it read.
import { strToU8 } from 'fflate';
import { expect } from 'vitest';
import type { Reading } from './reading';

export type Entry = { name: string; data: Uint8Array; method?: number; declared?: number; flags?: number };

/** A ZIP written by hand, so a test can make its headers say what it likes. Data is given as stored. */
export function zipOf(entries: Entry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 0;
    const declared = e.declared ?? e.data.length;
    const head = (size: number) => new DataView(new ArrayBuffer(size));
    const l = head(30);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, (e.flags ?? 0) | 0x800, true);
    l.setUint16(8, method, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, declared, true);
    l.setUint16(26, name.length, true);
    const c = head(46);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, (e.flags ?? 0) | 0x800, true);
    c.setUint16(10, method, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, declared, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    locals.push(new Uint8Array(l.buffer), name, e.data);
    centrals.push(new Uint8Array(c.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

const canonical = (s: string) => s.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/**
 * Every number in the tables is written in the text (thousands marks and width folded): a number printed
 * apart, or digits of a run that a split decoded (the reading's evidence then says which).
 */
export function expectNumbersFrom(text: string, tables: { active: object; applications: unknown[][]; litigation: unknown[] }, reading?: Reading | null) {
  const folded = text.normalize('NFKC').replace(/(\d)[,，、](?=\d{3}(?!\d))/g, '$1');
  const written = new Set((folded.match(/\d+(?:\.\d+)?/g) ?? []).map(canonical));
  const runs = folded.replace(/\s+/g, '');
  const cells = [...Object.values(tables.active).flat(), ...tables.applications.flat(), ...tables.litigation];
  for (const v of cells) {
    if (v === null || !(typeof v === 'number' || /^\d/.test(String(v)))) continue;
    if (!written.has(canonical(String(v)))) expect(runs, `${v}`).toContain(String(v));
  }
  if (reading) expectEvidenceHolds(reading);
}

/** A value's evidence is the very characters it was read from (spaces, thousands marks and units aside). */
export function expectEvidenceHolds(reading: Reading) {
  for (const [name, c] of Object.entries(reading.cells)) {
    if (c.status !== 'value') continue;
    const { text, start, end, from } = c.evidence;
    const printed = text.slice(start - from, end - from).normalize('NFKC').replace(/[\s,，]/g, '').replace(/[件个条次]$|万元$/, '');
    expect(printed.replace(/．/g, '.'), name).toBe(c.value.normalize('NFKC').replace(/[\s,，]/g, '').replace(/[件个条次]$|万元$/, ''));
  }
}
