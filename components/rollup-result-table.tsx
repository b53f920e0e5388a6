// The region's summed cells with what each depends on, in words: 「未知」 where a unit left the cell empty,
// 「含未审定」 with the units where a non-final unit feeds it (issue 15: text, not colour alone).
import Link from 'next/link';
import { CELLS, getCell } from '@/lib/domain/cells';
import type { Rollup } from '@/lib/domain/rollup';

export function RollupResultTable({ rollup, drillHref }: { rollup: Rollup; drillHref: (cellKey: string) => string }) {
  const marked = CELLS.filter((c) => rollup.unknown.has(c.key) || rollup.provisional.has(c.key)).length;
  return (
    <section className="card" aria-labelledby="result-heading">
      <h2 id="result-heading">汇总结果</h2>
      <p>{marked === 0 ? '全部单元格均由已审定的报告汇总而成。' : `${marked}个单元格依赖未审定或未填的数据，见「说明」列。`}</p>
      <table className="list">
        <thead><tr><th scope="col">单元格</th><th scope="col" style={{ whiteSpace: 'nowrap' }}>汇总值</th><th scope="col">说明</th></tr></thead>
        <tbody>
          {CELLS.map((c) => {
            const unknown = rollup.unknown.get(c.key);
            const provisional = rollup.provisional.get(c.key);
            const value = getCell(rollup.tables, c.key);
            return (
              <tr key={c.key}>
                <th scope="row" style={{ fontWeight: 'normal' }}><Link href={drillHref(c.key)}>{c.name}</Link></th>
                <td>{value === null ? <strong>未知</strong> : String(value)}</td>
                <td>
                  {unknown && <div><span className="badge error">未知</span> {unknown.join('、')}未填或填写有误</div>}
                  {provisional && <div><span className="badge warning">含未审定</span> {provisional.join('、')}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
