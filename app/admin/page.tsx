import type { Metadata } from 'next';
import { AddOrganForm, AddUserForm } from '@/components/admin-forms';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { administeredOrgans, usersOfOrgans } from '@/lib/server/verbs/admin-verbs';
import { AdminUserRow } from '@/components/admin-user-row';
import { ROLE_LABEL } from '@/lib/server/context';
import { template } from '@/lib/domain/template';

export const metadata: Metadata = { title: '机关与账号管理' };

export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  const ctx = await requireCtx();
  const organs = await administeredOrgans(ctx);
  if (organs.length === 0) {
    return <div className="card"><h1>机关与账号管理</h1><p role="alert">只有管理员可以使用此页面。</p></div>;
  }
  const users = await usersOfOrgans(ctx, organs.map((o) => o.id));
  const byId = new Map(organs.map((o) => [o.id, o]));
  return (
    <>
      <h1>机关与账号管理</h1>
      <section className="card" aria-labelledby="organs-heading">
        <h2 id="organs-heading">机关</h2>
        <table className="list">
          <thead><tr><th scope="col">机关</th><th scope="col">级别</th><th scope="col">上级机关</th></tr></thead>
          <tbody>
            {organs.map((o) => (
              <tr key={o.id}>
                <td>{o.name}</td>
                <td>{template.deadlines[o.level as keyof typeof template.deadlines].label}</td>
                <td>{o.parentId ? byId.get(o.parentId)?.name ?? '—' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="users-heading">
        <h2 id="users-heading">用户与角色</h2>
        <table className="list">
          <thead><tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">机关与角色</th><th scope="col">状态</th><th scope="col">账号操作</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <AdminUserRow key={u.id} user={{
                id: u.id, username: u.username, displayName: u.displayName, disabled: u.disabled, mustChangePassword: u.mustChangePassword,
                canManageAccount: u.manageable && u.id !== ctx.actor.id,
                roles: u.roles.map((r) => ({ ...r, label: ROLE_LABEL[r.role] })),
              }} />
            ))}
          </tbody>
        </table>
      </section>
      <AddOrganForm organs={organs} />
      <AddUserForm organs={organs} />
    </>
  );
}
