// Which characters of a paragraph changed: a longest-common-subsequence diff over characters, since
// Chinese has no spaces to split words on (issue 15: 「paragraphs with the changed words marked」).
// Common head and tail are cut first, so an edit in a long paragraph costs only the edited stretch.

export type TextSegment = { kind: 'same' | 'removed' | 'added'; text: string };

/** Above this many cells (changed stretch before × after) the stretch is shown as removed-then-added. */
const MAX_TABLE = 4_000_000;

function push(out: TextSegment[], kind: TextSegment['kind'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** The middle stretches by LCS: a table of common-suffix lengths, then one walk from the start. */
function diffMiddle(a: string[], b: string[], out: TextSegment[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_TABLE) {
    push(out, 'removed', a.join(''));
    push(out, 'added', b.join(''));
    return;
  }
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i++]);
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) push(out, 'removed', a[i++]);
    else push(out, 'added', b[j++]);
  }
  push(out, 'removed', a.slice(i).join(''));
  push(out, 'added', b.slice(j).join(''));
}

export function diffText(before: string, after: string): TextSegment[] {
  // Code points, not UTF-16 units: a rare character outside the BMP is never split in two.
  const a = Array.from(before);
  const b = Array.from(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: TextSegment[] = [];
  push(out, 'same', a.slice(0, head).join(''));
  diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), out);
  push(out, 'same', a.slice(a.length - tail).join(''));
  return out;
}
