'use client';
// How each cell of an imported report was read (issue 14): marked 原文 (printed apart), 推算 (cut out of
// digits that ran together, by their count or the table's sums) or 未能读取; focusing a cell shows the line
// it came from with its characters highlighted. Unread cells take the clerk's value before confirming.
import { useState } from 'react';
import type { CellReading, Evidence, Reading } from '@/lib/import/reading';

const MARK = { separated: '原文', 'digit-count': '推算', sums: '推算' } as const;
const METHOD_NOTE = { separated: '原文中单独印出', 'digit-count': '由连写数字的位数唯一确定', sums: '由表内合计关系确定' } as const;

function markOf(c: CellReading): string {
  if (c.status === 'unread') return '未能读取';
  return c.status === 'blank' ? `${MARK[c.method]}（空）` : MARK[c.method];
}

function EvidenceLine({ evidence }: { evidence: Evidence }) {
  const start = evidence.start - evidence.from;
  const end = evidence.end - evidence.from;
  return (
    <p>
      第{evidence.line}行：{evidence.from > 0 && '…'}{evidence.text.slice(0, start)}
      <mark>{evidence.text.slice(start, end)}</mark>
      {evidence.text.slice(end)}
    </p>
  );
}

function Detail({ name, cell }: { name: string; cell: CellReading }) {
  return (
    <div role="status" aria-label="单元格来源">
      <p><strong>{name}</strong>：{markOf(cell)}
        {cell.status === 'value' && `，${METHOD_NOTE[cell.method]}${cell.rules ? `（${cell.rules.join('、')}）` : ''}`}
        {cell.status === 'blank' && cell.absent && '，该行在文件中未找到'}
        {cell.status === 'unread' && `：${cell.reason}${cell.candidates.length ? `（可能为${cell.candidates.join('、')}）` : ''}`}
      </p>
      {cell.evidence ? <EvidenceLine evidence={cell.evidence} /> : <p>（原文中无对应文字）</p>}
    </div>
  );
}

export function CellReadings({ reading, filled, onFill }: {
  reading: Reading; filled: Record<string, string>; onFill: (name: string, value: string) => void;
}) {
  const [focused, setFocused] = useState<string | null>(null);
  const entries = Object.entries(reading.cells);
  const unread = entries.filter(([, c]) => c.status === 'unread');
  const decoded = entries.filter(([, c]) => c.status !== 'unread' && c.method !== 'separated').length;
  return (
    <section className="card" aria-labelledby="cell-readings-heading">
      <h3 id="cell-readings-heading">单元格读取情况：原文 {entries.length - decoded - unread.length}，推算 {decoded}，未能读取 {unread.length}</h3>
      {unread.length > 0 && <p>请按原报告补填「未能读取」的单元格，补齐后才能确认导入。</p>}
      {focused && reading.cells[focused] && <Detail name={focused} cell={reading.cells[focused]} />}
      <details open={unread.length > 0}>
        <summary>逐格查看（聚焦某一格可看到它在原文中的位置）</summary>
        <table className="list" aria-label="单元格读取情况">
          <thead><tr><th scope="col">单元格</th><th scope="col">读取方式</th><th scope="col">数值</th></tr></thead>
          <tbody>
            {entries.map(([name, c]) => (
              <tr key={name} tabIndex={c.status === 'unread' ? undefined : 0} onFocus={() => setFocused(name)}>
                <th scope="row" style={{ fontWeight: 'normal' }}>{name}</th>
                <td><span className={`badge${c.status === 'unread' ? ' error' : c.status === 'value' && c.method !== 'separated' ? ' warning' : ''}`}>{markOf(c)}</span></td>
                <td>
                  {c.status === 'value' && c.value}
                  {c.status === 'unread' && (
                    <input aria-label={name} value={filled[name] ?? ''} inputMode="decimal" onFocus={() => setFocused(name)}
                      onChange={(e) => onFill(name, e.target.value)} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
