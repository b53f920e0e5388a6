import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/change-password-form';
import { requireAccountCtx } from '@/lib/server/auth/current-actor';
import { ROLE_LABEL } from '@/lib/server/context';

export const metadata: Metadata = { title: '我的账号' };

export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const { actor } = await requireAccountCtx();
  return (
    <>
      <h1>我的账号</h1>
      {actor.mustChangePassword && (
        <p role="alert" className="error-text">管理员已重置您的密码。请先设置新密码，之后才能使用其他功能。</p>
      )}
      <section className="card">
        <p>{actor.displayName}（{actor.username}）</p>
        <ul>{actor.memberships.map((m) => <li key={`${m.organId}-${m.role}`}>{m.organName}：{ROLE_LABEL[m.role]}</li>)}</ul>
      </section>
      <ChangePasswordForm />
    </>
  );
}
