import { reportingCycle } from '@/lib/domain/reporting-cycle';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressBoard } from '@/components/progress-board';
import { parseBoardView } from '@/lib/domain/board';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { progressBoard } from '@/lib/server/verbs/progress-board';
import { isReportYear } from '@/lib/domain/model';

export const metadata: Metadata = { title: '下级单位进度' };

export const dynamic = 'force-dynamic';

export default async function OfficePage({ searchParams }: { searchParams: Promise<{ organ?: string; year?: string; state?: string; sort?: string; dir?: string }> }) {
  const ctx = await requireCtx();
  const query = await searchParams;
  const offices = [...new Map(ctx.actor.memberships.filter((m) => m.role === 'supervisor' || m.role === 'admin').map((m) => [m.organId, m])).values()];
  if (offices.length === 0) return <div className="card"><h1>主管部门</h1><p role="alert">只有主管部门的审核人或管理员可以查看进度。</p></div>;
  const office = offices.find((o) => o.organId === query.organ) ?? offices[0];
  // A year no report can have (99999999999) shows the default year rather than failing in the database.
  const year = isReportYear(Number(query.year)) ? Number(query.year) : reportingCycle(new Date()).inProgress;
  const rows = await progressBoard(ctx, office.organId, year);
  const exportHref = (format: string) => `/api/exports?organ=${office.organId}&year=${year}&subtree=1&format=${format}`;
  return (
    <>
      <h1>{office.organName} · {year}年度报告进度</h1>
      <form method="get" className="card" style={{ display: 'flex', gap: 16, alignItems: 'end', flexWrap: 'wrap' }}>
        {offices.length > 1 && (
          <label>机关 <select name="organ" defaultValue={office.organId}>{offices.map((o) => <option key={o.organId} value={o.organId}>{o.organName}</option>)}</select></label>
        )}
        {offices.length === 1 && <input type="hidden" name="organ" value={office.organId} />}
        <label>年度 <input name="year" defaultValue={year} size={6} inputMode="numeric" /></label>
        <button className="button secondary" type="submit">查看</button>
        <Link href={`/office/rollup?organ=${office.organId}&year=${year}`}>本地区汇总</Link>
        <Link href="/office/check">批量检查已发布的报告</Link>
        <span>导出数据：<a href={exportHref('xlsx')}>XLSX</a> · <a href={exportHref('csv')}>CSV</a> · <a href={exportHref('json')}>JSON</a></span>
      </form>
      {rows.length === 0 ? <p className="card">本机关下没有下级单位。</p> : <ProgressBoard rows={rows} year={year} initialView={parseBoardView(query)} />}
    </>
  );
}
