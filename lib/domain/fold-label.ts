// A printed row label folded so that the ways it is copied, converted or retyped compare equal: the
// importer reads reports with it, and a pasted block's row labels are matched with it.

/** NFKC, no spaces, no quotes; 「1、」 read as 「1.」. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/(\d)[、．]/g, '$1.');
}
