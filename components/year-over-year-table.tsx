// Table 2's 总计 column beside last year's (issue 6), collapsed under the workflow bar of the report page.
import { formatChange, formatCount, formatPercent, type YearOverYearRow } from '@/lib/domain/year-over-year';

const NUMBER = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

export function YearOverYearTable({ rows, year, hasPrevious }: { rows: YearOverYearRow[]; year: number; hasPrevious: boolean }) {
  return (
    <details className="card">
      <summary>与上年对比：收到和处理政府信息公开申请情况（总计列，{year - 1}年 → {year}年）</summary>
      {!hasPrevious && <p>系统中没有本机关{year - 1}年度报告，上年数据以「—」表示。可先导入上年已发布的报告。</p>}
      <table className="list" aria-label="申请情况总计与上年对比">
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col" style={NUMBER}>{year - 1}年</th>
            <th scope="col" style={NUMBER}>{year}年</th>
            <th scope="col" style={NUMBER}>增减</th>
            <th scope="col" style={NUMBER}>增减幅度</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" style={{ fontWeight: 'normal' }}>{r.label}</th>
              <td style={NUMBER}>{formatCount(r.last)}</td>
              <td style={NUMBER}>{formatCount(r.current)}</td>
              <td style={NUMBER}>{formatChange(r.change)}</td>
              <td style={NUMBER}>{formatPercent(r.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p><small>按最近保存的版本；上年为0或没有上年数据时，增减幅度以「—」表示。</small></p>
    </details>
  );
}
