'use client';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import {
  BOARD_STATE_LABEL, BOARD_STATES, boardViewParams, isDueSoon, visibleRows, type BoardRow, type BoardState, type BoardView, type SortKey,
} from '@/lib/domain/board';

// Colour always comes with the state's name in text.
const STATE_COLOUR: Record<BoardState, string> = {
  'not-started': '#8c959f', draft: '#bf8700', returned: '#cf222e', submitted: '#0969da', approved: '#1a7f37', published: '#116329',
  imported: '#8250df',
};

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'organName', label: '单位' }, { key: 'state', label: '状态' }, { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' }, { key: 'daysLeft', label: '距发布期限' }, { key: 'lastActivity', label: '最近动态' },
];

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The view goes into the address, so a reload, a bookmark or a shared link shows the same list. */
function keepInAddress(view: BoardView): void {
  const url = new URL(window.location.href);
  for (const key of ['state', 'sort', 'dir']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(boardViewParams(view))) url.searchParams.set(key, value);
  window.history.replaceState(null, '', url);
}

export function ProgressBoard({ rows, year, initialView }: { rows: BoardRow[]; year: number; initialView: BoardView }) {
  const [view, setView] = useState(initialView);
  const change = (next: BoardView) => {
    setView(next);
    keepInAddress(next);
  };
  const counts = useMemo(() => BOARD_STATES.map((s) => ({ state: s, label: BOARD_STATE_LABEL[s], n: rows.filter((r) => r.state === s).length })), [rows]);
  const shown = useMemo(() => visibleRows(rows, view), [rows, view]);
  const late = rows.filter((r) => r.late).length;
  const dueSoon = rows.filter(isDueSoon).length;
  return (
    <>
      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{year}年度各单位进度</h2>
        <p id="chart-summary">
          共{rows.length}个单位：{counts.filter((c) => c.n > 0).map((c) => `${c.label}${c.n}个`).join('，')}{late > 0 ? `；逾期${late}个` : ''}{dueSoon > 0 ? `；${dueSoon}个单位7天内到期或已逾期且未审定，排在最前` : ''}。
        </p>
        <div role="img" aria-labelledby="chart-summary">
          <BarChart width={760} height={220} data={counts} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
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
          <select value={view.filter} onChange={(e) => change({ ...view, filter: e.target.value as BoardView['filter'] })} aria-label="按状态筛选">
            <option value="all">全部（{rows.length}）</option>
            {counts.map((c) => <option key={c.state} value={c.state}>{c.label}（{c.n}）</option>)}
            <option value="late">逾期（{late}）</option>
          </select>
        </label>
        <table className="list">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={view.sort === c.key ? (view.asc ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="link-button" onClick={() => change({ ...view, sort: c.key, asc: view.sort === c.key ? !view.asc : true })}>
                    {c.label}{view.sort === c.key ? (view.asc ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.organId}>
                <td>{r.reportId ? <a href={`/reports/${r.reportId}`}>{r.organName}</a> : r.organName}</td>
                <td><span className="badge" style={{ color: STATE_COLOUR[r.state] }}>{BOARD_STATE_LABEL[r.state]}</span></td>
                <td>{r.errors > 0 ? <span className="badge error">错误 {r.errors}</span> : '—'}</td>
                <td>{r.warnings > 0 ? <span className="badge warning">警告 {r.warnings}</span> : '—'}</td>
                <td>
                  {r.publishedOn ? `${r.publishedOn}发布` : r.late ? <span className="badge error">已逾期</span> : `${r.daysLeft}天`}（期限{r.deadline}）
                  {r.publishedOn && r.late && <span className="badge error">逾期发布</span>}
                  {!r.late && isDueSoon(r) && <span className="badge warning">即将到期</span>}
                </td>
                <td>{r.lastActivity ? `${r.lastActivity.actor} ${r.lastActivity.action} · ${when(r.lastActivity.at)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
