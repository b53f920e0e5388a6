import type { Metadata } from 'next';
import Link from 'next/link';
import { BatchCheck } from '@/components/office/batch-check';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { MAX_UPLOAD_MB } from '@/lib/server/http/read-upload';

export const metadata: Metadata = { title: '批量检查' };

export const dynamic = 'force-dynamic';

export default async function BatchCheckPage() {
  const ctx = await requireCtx();
  const allowed = ctx.actor.memberships.some((m) => m.role === 'supervisor' || m.role === 'admin');
  return (
    <>
      <p><Link href="/office">← 主管部门</Link></p>
      <h1>批量检查已发布的年度报告</h1>
      {allowed ? (
        <>
          <p>一次选择多个已发布的年度报告文件，逐个读取并按统一规则校验，列出每份报告的错误和警告；无法读取的文件会注明原因，不影响其他文件。</p>
          <BatchCheck maxMb={MAX_UPLOAD_MB} />
        </>
      ) : <p role="alert" className="card">只有审核人或管理员可以使用批量检查。</p>}
    </>
  );
}
