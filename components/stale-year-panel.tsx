// The sentences of the saved narrative that still speak of an earlier year (STALE-YEAR), each marked in
// its paragraph, above the editor: what a report started from last year's words needs rewritten.
import type { StaleSentence } from '@/lib/domain/carry-over';
import type { TParts } from '@/lib/domain/model';
import { partName } from '@/lib/domain/narrative';

const CONTEXT = 30;

/** The sentence with up to CONTEXT characters of its paragraph on either side. */
function around(text: string, s: StaleSentence) {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const nextBreak = text.indexOf('\n', s.end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, s.start - CONTEXT);
  const to = Math.min(lineEnd, s.end + CONTEXT);
  return {
    before: `${from > lineStart ? '…' : ''}${text.slice(from, s.start)}`,
    after: `${text.slice(s.end, to)}${to < lineEnd ? '…' : ''}`,
  };
}

export function StaleYearPanel({ sentences, parts, year }: { sentences: StaleSentence[]; parts: TParts; year: number }) {
  if (sentences.length === 0) return null;
  return (
    <section className="card" aria-labelledby="stale-year-heading">
      <h2 id="stale-year-heading">需要更新的年份（{sentences.length}句）</h2>
      <p>以下句子写的是{year}年以前的情况，多为沿用上年报告的表述。请逐句核对，改写为{year}年度的内容（按最近保存的版本列出）。</p>
      <ol>
        {sentences.map((s) => {
          const { before, after } = around(parts[s.part], s);
          return (
            <li key={`${s.part}:${s.start}`} style={{ marginBottom: 8 }}>
              <a href={`#part-${s.part}`}>{partName(s.part)}</a>：{before}<mark>{s.text}</mark>{after}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
