import { ChangePasswordForm } from '@/components/change-password-form';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ROLE_LABEL } from '@/lib/server/context';

export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const { actor } = await requireCtx();
  return (
    <>
      <h1>我的账号</h1>
      <section className="card">
        <p>{actor.displayName}（{actor.username}）</p>
        <ul>{actor.memberships.map((m) => <li key={`${m.organId}-${m.role}`}>{m.organName}：{ROLE_LABEL[m.role]}</li>)}</ul>
      </section>
      <ChangePasswordForm />
    </>
  );
}
