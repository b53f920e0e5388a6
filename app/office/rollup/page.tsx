import { reportingCycle } from '@/lib/domain/reporting-cycle';
import type { Metadata } from 'next';
import Link from 'next/link';
import { RollupForm } from '@/components/rollup-form';
import { RollupResultTable } from '@/components/rollup-result-table';
import { CELLS, getCell } from '@/lib/domain/cells';
import { describePending, NOT_STARTED } from '@/lib/domain/region-readiness';
import { isFinal, STATUS_LABEL } from '@/lib/domain/workflow';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { viewRollup, type RollupUnitView } from '@/lib/server/verbs/rollup-verbs';
import { isReportYear } from '@/lib/domain/model';

export const metadata: Metadata = { title: '本地区汇总' };

export const dynamic = 'force-dynamic';

const show = (v: unknown) => (v === null || v === undefined ? '（空）' : String(v));

/** Whether a unit is in the stored sums, and as what. */
function summedNote(u: RollupUnitView): string {
  if (u.summedAs === undefined) return u.record ? '未计入' : '—';
  const asFinal = u.summedAs !== null && isFinal(u.summedAs);
  return `已计入${asFinal ? '' : '（含未审定）'}${u.changedSince ? '，汇总后有变化' : ''}`;
}

export default async function RollupPage({ searchParams }: { searchParams: Promise<{ organ?: string; year?: string; cell?: string }> }) {
  const ctx = await requireCtx();
  const query = await searchParams;
  const organId = query.organ ?? ctx.actor.memberships.find((m) => m.role === 'supervisor' || m.role === 'admin')?.organId ?? '';
  // A year no report can have (99999999999) shows the default year rather than failing in the database.
  const year = isReportYear(Number(query.year)) ? Number(query.year) : reportingCycle(new Date()).inProgress;
  let view;
  try {
    view = await viewRollup(ctx, organId, year);
  } catch (e) {
    // Someone who is not the office's supervisor or administrator: a notice, as /office gives, not a server error.
    if (e instanceof ServerError && e.status === 403) return <div className="card"><h1>本地区汇总</h1><p role="alert">{e.message}。</p></div>;
    throw e;
  }
  const cellKey = query.cell && CELLS.some((c) => c.key === query.cell) ? query.cell : 'applications.0.6';
  const cell = CELLS.find((c) => c.key === cellKey)!;
  const summedState = new Map(view.units.map((u) => [u.organ.name, u.summedAs ? STATUS_LABEL[u.summedAs] : '未记录']));
  const href = (key: string) => `/office/rollup?organ=${organId}&year=${year}&cell=${key}#drill-heading`;
  return (
    <>
      <p><Link href={`/office?organ=${organId}&year=${year}`}>← 进度</Link></p>
      <h1>{year}年度本地区汇总</h1>
      {view.outOfDate && (
        <div role="alert" className="card" style={{ borderColor: 'var(--warning)', background: 'var(--warning-bg)' }}>
          <strong>汇总数据已过期：</strong>{view.reasons.join('；')}。请重新汇总。
        </div>
      )}
      {view.refusal && <p role="alert" className="card">{view.refusal}</p>}
      {view.region && (
        <p className="card">
          本地区报告：<Link href={`/reports/${view.region.id}`}>{view.region.organName}{year}年度报告</Link>（{STATUS_LABEL[view.region.status]}）
          {view.region.rollup && `，${new Date(view.region.rollup.computedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}汇总了${view.region.rollup.units.length}个单位`}
          {view.region.rollup?.includesNonFinal && '（含未审定）'}
        </p>
      )}
      {!view.refusal && (
        <section className="card" aria-labelledby="units-heading">
          <h2 id="units-heading">下级单位</h2>
          {view.pending.length > 0 && (
            <p><strong>尚未审定：</strong>{describePending(view.pending)}。本地区报告须待它们审定后才能提交，或提交时写明理由。</p>
          )}
          <table className="list">
            <thead><tr><th scope="col">单位</th><th scope="col">{year}年度报告</th><th scope="col">汇总</th></tr></thead>
            <tbody>
              {view.units.map((u) => (
                <tr key={u.organ.id}>
                  <td>{u.organ.name}</td>
                  <td>{u.record ? STATUS_LABEL[u.record.status] : NOT_STARTED}</td>
                  <td>{summedNote(u)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {!view.refusal && <RollupForm organId={organId} year={year} includesNonFinal={view.region?.rollup?.includesNonFinal ?? false} />}
      {view.computed && view.region && (
        <section className="card" aria-labelledby="drill-heading">
          <h2 id="drill-heading">单元格构成</h2>
          <form method="get" style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
            <input type="hidden" name="organ" value={organId} />
            <input type="hidden" name="year" value={year} />
            <label>单元格 <select name="cell" defaultValue={cellKey}>{CELLS.map((c) => <option key={c.key} value={c.key}>{c.name}</option>)}</select></label>
            <button className="button secondary" type="submit">查看</button>
          </form>
          <table className="list">
            <caption>{cell.name}：汇总值 {getCell(view.region.report.tables, cellKey) === null ? '未知' : show(getCell(view.region.report.tables, cellKey))}</caption>
            <thead><tr><th scope="col">单位</th><th scope="col">汇总时状态</th><th scope="col">数值</th></tr></thead>
            <tbody>
              {(view.computed.drillDown.get(cellKey) ?? []).map((c) => (
                <tr key={c.organ}><td>{c.organ}</td><td>{summedState.get(c.organ) ?? '—'}</td><td>{show(c.value)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {view.computed && view.region && <RollupResultTable rollup={view.computed} drillHref={href} />}
    </>
  );
}
