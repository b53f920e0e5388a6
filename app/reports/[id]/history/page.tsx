import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeList } from '@/components/change-list';
import { diffReports } from '@/lib/domain/diff-reports';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { getReport } from '@/lib/server/verbs/get-report';
import { findPreviousReport } from '@/lib/server/data/report-records';
import { getRevision, listRevisions } from '@/lib/server/verbs/revisions';
import { listWorkflowEvents } from '@/lib/server/verbs/workflow-events';
import { reportPageMetadata } from '../load';

export const generateMetadata = ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => reportPageMetadata(params, '修改记录');

export const dynamic = 'force-dynamic';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });

export default async function HistoryPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; compare?: string }>;
}) {
  const ctx = await requireCtx();
  const { id } = await params;
  const query = await searchParams;
  let loaded;
  try {
    loaded = await getReport(ctx, id);
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) notFound();
    throw e;
  }
  const { record } = loaded;
  const revisions = await listRevisions(ctx, id);
  const events = await listWorkflowEvents(ctx, id);
  const latest = revisions[0]?.version ?? 1;
  const to = Number(query.to ?? latest);
  const from = Number(query.from ?? Math.max(1, to - 1));
  const versions = new Set(revisions.map((r) => r.version));
  const previousYear = query.compare === 'previous-year' ? await findPreviousReport(ctx.db, record) : null;
  return (
    <>
      <p><Link href={`/reports/${id}`}>← 返回报告</Link></p>
      <h1>{record.organName}{record.year}年度报告 · 修改记录</h1>
      <section className="card" aria-labelledby="events-heading">
        <h2 id="events-heading">审核记录</h2>
        <table className="list">
          <thead><tr><th scope="col">时间</th><th scope="col">操作人</th><th scope="col">操作</th><th scope="col">说明</th></tr></thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i}><td>{when(e.at)}</td><td>{e.actor}</td><td>{e.action}</td><td>{e.reason ?? ''}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">保存记录（共{revisions.length}版）</h2>
        <table className="list">
          <thead><tr><th scope="col">版本</th><th scope="col">保存时间</th><th scope="col">保存人</th><th scope="col">比较</th></tr></thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version}>
                <td>第{r.version}版</td><td>{when(r.savedAt)}</td><td>{r.savedBy}</td>
                <td>{r.version > 1 && <Link href={`?from=${r.version - 1}&to=${r.version}`}>与上一版比较</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="get" className="field" style={{ flexDirection: 'row', alignItems: 'end', gap: 12, marginTop: 12 }}>
          <label>从 <input name="from" defaultValue={from} size={4} inputMode="numeric" aria-label="比较起始版本" /></label>
          <label>到 <input name="to" defaultValue={to} size={4} inputMode="numeric" aria-label="比较终止版本" /></label>
          <button className="button secondary" type="submit">比较任意两版</button>
          <Link href="?compare=previous-year">与上一年度报告比较</Link>
        </form>
      </section>
      <section className="card" aria-labelledby="diff-heading">
        {query.compare === 'previous-year' ? (
          <>
            <h2 id="diff-heading">与{record.year - 1}年度报告的差异</h2>
            {previousYear ? (
              <ChangeList changes={diffReports(previousYear.report, record.report)} fromLabel={`${record.year - 1}年度`} toLabel={`${record.year}年度`} />
            ) : (
              <p>没有找到本机关{record.year - 1}年度的报告。</p>
            )}
          </>
        ) : versions.has(from) && versions.has(to) ? (
          <>
            <h2 id="diff-heading">第{from}版 → 第{to}版</h2>
            <ChangeList changes={diffReports(await getRevision(ctx, id, from), await getRevision(ctx, id, to))} fromLabel={`第${from}版`} toLabel={`第${to}版`} />
          </>
        ) : (
          <p role="alert" className="error-text">没有第{versions.has(from) ? to : from}版。</p>
        )}
      </section>
    </>
  );
}
