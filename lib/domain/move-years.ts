// A report moved to another year (the demo, test fixtures) speaks of its own year: the year itself, the
// year before (which it compares against) and the year after (when it is signed and published) move
// together. Other years — 〔2017〕 citations, 2019年版 formats — stay as written.
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

export function moveYears(text: string, from: number, to: number): string {
  return text.replace(YEAR, (y) => (Math.abs(Number(y) - from) <= 1 ? String(Number(y) + to - from) : y));
}
