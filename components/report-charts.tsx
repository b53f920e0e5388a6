'use client';
// Charts of one report: the outcome mix of Table 2 and the trend over the years on file. Each chart
// has its numbers as a table beside it (the text alternative), so nothing depends on seeing it.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutcomeSlice, TrendPoint } from '@/lib/domain/chart-data';

const dash = (v: number | null) => (v === null ? '—' : String(v));

export function ReportCharts({ mix, trend }: { mix: OutcomeSlice[]; trend: TrendPoint[] }) {
  const total = mix.reduce((s, m) => s + m.count, 0);
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      <figure style={{ margin: 0 }} aria-labelledby="mix-caption">
        <figcaption id="mix-caption"><strong>办理结果构成</strong>（共{total}件）</figcaption>
        {mix.length === 0 ? <p>表格尚未填完。</p> : (
          <>
            <div aria-hidden="true">
              <BarChart width={520} height={240} data={mix} layout="vertical" margin={{ left: 40, right: 24 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={110} />
                <Tooltip formatter={(v) => [`${v}件`, '数量']} />
                <Bar dataKey="count" fill="#b3261e" isAnimationActive={false} label={{ position: 'right' }} />
              </BarChart>
            </div>
            <table className="list">
              <thead><tr><th scope="col">办理结果</th><th scope="col">件数</th><th scope="col">占比</th></tr></thead>
              <tbody>
                {mix.map((m) => (
                  <tr key={m.label}><td>{m.label}</td><td>{m.count}</td><td>{total ? `${((m.count / total) * 100).toFixed(1)}%` : '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </figure>
      <figure style={{ margin: 0 }} aria-labelledby="trend-caption">
        <figcaption id="trend-caption"><strong>历年申请与复议诉讼</strong></figcaption>
        <div aria-hidden="true">
          <LineChart width={520} height={240} data={trend} margin={{ right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="applications" name="本年新收申请" stroke="#0969da" isAnimationActive={false} connectNulls />
            <Line dataKey="litigation" name="行政复议和行政诉讼" stroke="#bf8700" isAnimationActive={false} connectNulls />
          </LineChart>
        </div>
        <table className="list">
          <thead><tr><th scope="col">年度</th><th scope="col">本年新收申请</th><th scope="col">行政复议和行政诉讼</th></tr></thead>
          <tbody>{trend.map((p) => <tr key={p.year}><td>{p.year}</td><td>{dash(p.applications)}</td><td>{dash(p.litigation)}</td></tr>)}</tbody>
        </table>
      </figure>
    </div>
  );
}
