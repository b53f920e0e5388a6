// Shared by the importer's tests: the real material in ../shared (seeds, corpus) and a reader that fails loudly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importText } from './import-text';
import { ReadLog } from './types';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const seedText = (name: string) => readFileSync(path.join(SHARED, 'seeds', name), 'utf8');
export const corpusPath = (name: string) => path.join(SHARED, 'corpus', name);
export const corpusText = (name: string) => readFileSync(corpusPath(name), 'utf8');

export const SEED_003 = '003_45de351d9f0b6075.txt';
export const SEED_004 = '004_27b6cab774d2b1c9.txt';

/** Reads text and returns the report with its warnings, or throws with every error named. */
export function readText(text: string) {
  const log = new ReadLog();
  const read = importText(text, log);
  if (!read) throw new Error(log.errors.map((e) => `${e.where}：${e.message}`).join('\n'));
  return { ...read, warnings: log.warnings };
}
