import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RegisterGrid } from '@/components/register/register-grid';
import { CreateRegisterButton } from '@/components/register/register-actions';
import { RegisterTable2 } from '@/components/register/register-table2';
import { appKeyOf, cellSpec } from '@/lib/domain/cells';
import { casesInCell } from '@/lib/domain/register/table2';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { loadRegister, type RegisterView } from '@/lib/server/verbs/register-load';
import { findReportsOfOrgans } from '@/lib/server/data/report-records';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ organ: string; year: string }>; searchParams: Promise<{ cell?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: `${(await params).year}年度申请台账` };
}

const today = () => new Date().toISOString().slice(0, 10);

export default async function RegisterPage({ params, searchParams }: Props) {
  const ctx = await requireCtx();
  const { organ, year: yearText } = await params;
  const { cell } = await searchParams;
  const year = Number(yearText);
  let view: RegisterView;
  try {
    view = await loadRegister(ctx, organ, year);
  } catch (e) {
    if (e instanceof ServerError && (e.status === 404 || e.status === 400)) notFound();
    throw e;
  }
  const title = `${view.organName}${year}年度政府信息公开申请台账`;
  const [report] = await findReportsOfOrgans(ctx.db, [organ], [year]);
  const reportLink = report && <Link href={`/reports/${report.id}`}>{year}年度报告</Link>;

  if (view.kind === 'counts') {
    return (
      <>
        <h1>{title}</h1>
        <p className="card">申请台账含申请人个人信息，仅本机关填报人和审核人可以查看案件。上级机关只能查看统计数。{reportLink}</p>
        {view.exists ? (
          <>
            <p>未计入表二的案件：{view.unplacedCount}件；本年度答复{view.timeliness.answered}件，其中逾期{view.timeliness.late}件。</p>
            <RegisterTable2 applications={view.applications} caption="按台账统计的表二" />
          </>
        ) : <p>本机关尚未建立{year}年度申请台账。</p>}
      </>
    );
  }

  const drill = cell && appKeyOf(cell) ? { key: cell, name: cellSpec(cell).name, ids: casesInCell(view.cases, year, cell).map((c) => c.id) } : null;
  return (
    <>
      <p>{reportLink ?? <Link href="/reports">← 我的报告</Link>}</p>
      <h1>{title}</h1>
      {!view.exists ? (
        <div className="card">
          <p>尚未建立本年度申请台账。{view.previousExists && '建立时将自动带入上年度台账中至12月31日仍未办结的申请（上年结转）。'}</p>
          {view.canEdit && (
            <p>
              <CreateRegisterButton organId={organ} year={year} />{' '}
              <Link className="button secondary" href={`/register/${organ}/${year}/import`}>从 Excel/CSV 导入</Link>
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="card">
            答复期限按条例第三十三条计算：自收到申请次日起20个工作日，延期的再加20个工作日（节假日及调休按国务院办公厅公布的安排）。
            {view.feedsReport && ' 本年度报告的表二取自本台账。'}
            <br />
            {view.canEdit && <><Link href={`/register/${organ}/${year}/import`}>从 Excel/CSV 导入</Link>{' · '}</>}
            <a href={`/api/registers/${organ}/${year}/export`}>导出台账（XLSX）</a>
          </p>
          {drill && (
            <h2>
              表二「{drill.name}」：{drill.ids.length}件 <Link href={`/register/${organ}/${year}`} style={{ fontSize: 14, fontWeight: 'normal' }}>显示全部案件</Link>
            </h2>
          )}
          <RegisterGrid
            key={drill?.key ?? 'all'}
            organId={organ} year={year} initialCases={view.cases} initialVersion={view.version} canEdit={view.canEdit}
            onlyIds={drill?.ids} asOf={today()}
          />
        </>
      )}
    </>
  );
}
