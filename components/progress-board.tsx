'use client';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { BoardRow, BoardState } from '@/lib/views/progress-board';

export const STATE_LABEL: Record<BoardState, string> = {
  'not-started': '未开始', draft: '草稿', submitted: '已提交', returned: '已退回', approved: '已审定', published: '已发布',
};
const STATE_ORDER: BoardState[] = ['not-started', 'draft', 'returned', 'submitted', 'approved', 'published'];
// Colour always comes with the state's name in text.
const STATE_COLOUR: Record<BoardState, string> = {
  'not-started': '#8c959f', draft: '#bf8700', returned: '#cf222e', submitted: '#0969da', approved: '#1a7f37', published: '#116329',
};

type SortKey = 'organName' | 'state' | 'errors' | 'warnings' | 'daysLeft';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'organName', label: '单位' }, { key: 'state', label: '状态' }, { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' }, { key: 'daysLeft', label: '距发布期限' },
];

function compare(a: BoardRow, b: BoardRow, key: SortKey): number {
  if (key === 'organName') return a.organName.localeCompare(b.organName, 'zh-CN');
  if (key === 'state') return STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state);
  return a[key] - b[key];
}

export function ProgressBoard({ rows, year }: { rows: BoardRow[]; year: number }) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'organName', asc: true });
  const [filter, setFilter] = useState<BoardState | 'all' | 'late'>('all');
  const counts = useMemo(() => STATE_ORDER.map((s) => ({ state: s, label: STATE_LABEL[s], n: rows.filter((r) => r.state === s).length })), [rows]);
  const shown = useMemo(() => {
    const kept = rows.filter((r) => filter === 'all' || (filter === 'late' ? r.late : r.state === filter));
    return kept.sort((a, b) => (sort.asc ? 1 : -1) * compare(a, b, sort.key));
  }, [rows, filter, sort]);
  const late = rows.filter((r) => r.late).length;
  return (
    <>
      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{year}年度各单位进度</h2>
        <p id="chart-summary">
          共{rows.length}个单位：{counts.filter((c) => c.n > 0).map((c) => `${c.label}${c.n}个`).join('，')}{late > 0 ? `；逾期${late}个` : ''}。
        </p>
        <div role="img" aria-labelledby="chart-summary">
          <BarChart width={640} height={220} data={counts} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip formatter={(v) => [`${v}个单位`, '数量']} />
            <Bar dataKey="n" isAnimationActive={false} label={{ position: 'top' }}>
              {counts.map((c) => <Cell key={c.state} fill={STATE_COLOUR[c.state]} />)}
            </Bar>
          </BarChart>
        </div>
      </section>
      <section className="card" aria-labelledby="units-heading">
        <h2 id="units-heading">单位列表</h2>
        <label>
          筛选：
          <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)} aria-label="按状态筛选">
            <option value="all">全部（{rows.length}）</option>
            {counts.map((c) => <option key={c.state} value={c.state}>{c.label}（{c.n}）</option>)}
            <option value="late">逾期（{late}）</option>
          </select>
        </label>
        <table className="list">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="link-button" onClick={() => setSort((s) => ({ key: c.key, asc: s.key === c.key ? !s.asc : true }))}>
                    {c.label}{sort.key === c.key ? (sort.asc ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.organId}>
                <td>{r.reportId ? <a href={`/reports/${r.reportId}`}>{r.organName}</a> : r.organName}</td>
                <td><span className="badge" style={{ color: STATE_COLOUR[r.state] }}>{STATE_LABEL[r.state]}</span></td>
                <td>{r.errors > 0 ? <span className="badge error">错误 {r.errors}</span> : '—'}</td>
                <td>{r.warnings > 0 ? <span className="badge warning">警告 {r.warnings}</span> : '—'}</td>
                <td>
                  {r.late ? <span className="badge error">已逾期</span> : `${r.daysLeft}天`}（{r.deadline}）
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
