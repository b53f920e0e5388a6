import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RegisterImportForm } from '@/components/register/register-import-form';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { loadRegister } from '@/lib/server/verbs/register-load';

export const metadata: Metadata = { title: '导入申请台账' };

export const dynamic = 'force-dynamic';

export default async function RegisterImportPage({ params }: { params: Promise<{ organ: string; year: string }> }) {
  const ctx = await requireCtx();
  const { organ, year: yearText } = await params;
  const year = Number(yearText);
  const view = await loadRegister(ctx, organ, year).catch((e) => {
    if (e instanceof ServerError && (e.status === 404 || e.status === 400)) notFound();
    throw e;
  });
  if (view.kind !== 'cases' || !view.canEdit) notFound();
  return (
    <>
      <p><Link href={`/register/${organ}/${year}`}>← {year}年度申请台账</Link></p>
      <h1>导入{view.organName}{year}年度申请台账</h1>
      <p>支持 XLSX 和 CSV。表头可以在标题行下方；常见列名（收到日期/申请日期/登记日期、申请人类型/申请人性质、办理结果/答复结果/处理结果、答复日期/办结日期等）会自动识别，请确认或修改。
        日期可写作 2025-03-04、2025/3/4、2025年3月4日，或 Excel 日期。</p>
      <RegisterImportForm organId={organ} year={year} exists={view.exists} version={view.version} />
    </>
  );
}
