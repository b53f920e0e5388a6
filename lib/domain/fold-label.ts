// A printed row label folded so that the ways it is copied, converted or retyped compare equal: the
// importer reads reports with it, and a pasted block's row labels are matched with it.
import { memoString } from './memo-string';

/** NFKC, no spaces, no quotes; 「1、」 read as 「1.」. Remembered: the same labels are folded on every row read. */
export const foldLabel = memoString((text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/(\d)[、．]/g, '$1.'),
);
