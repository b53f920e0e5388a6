import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportReportForm } from '@/components/import/import-report-form';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { MAX_UPLOAD_MB } from '@/lib/server/http/read-upload';

export const metadata: Metadata = { title: '导入已发布的年度报告' };

export const dynamic = 'force-dynamic';

export default async function ImportReportPage() {
  const ctx = await requireCtx();
  const organs = ctx.actor.memberships.filter((m) => m.role === 'clerk').map((m) => ({ id: m.organId, name: m.organName }));
  return (
    <>
      <p><Link href="/reports">← 我的报告</Link></p>
      <h1>导入已发布的年度报告</h1>
      <p>
        上传本机关已经发布的年度报告，系统读取其中的表格和正文并逐项校验。确认无误后保存为该年度的报告，
        可作为下一年度报告的起点（上年结转、规范性文件件数对照）。
      </p>
      {organs.length === 0
        ? <p role="alert" className="card">只有填报人可以为本机关导入报告。</p>
        : <ImportReportForm organs={organs} maxMb={MAX_UPLOAD_MB} />}
    </>
  );
}
