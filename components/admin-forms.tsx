'use client';
import { useActionState } from 'react';
import { addOrganAction, addUserAction, type AdminState } from '@/app/admin/actions';
import { ActionOutcome } from '@/components/action-outcome';

export type OrganChoice = { id: string; name: string };

export function AddOrganForm({ organs }: { organs: OrganChoice[] }) {
  const [state, action, pending] = useActionState<AdminState, FormData>(addOrganAction, {});
  return (
    <form action={action} className="card" aria-labelledby="add-organ">
      <h2 id="add-organ">添加下级机关</h2>
      <ActionOutcome state={state} />
      <div className="field"><label htmlFor="organ-name">机关全称</label><input id="organ-name" name="name" required /></div>
      <div className="field">
        <label htmlFor="organ-level">级别（决定发布期限）</label>
        <select id="organ-level" name="level" defaultValue="department">
          <option value="department">县级以上人民政府部门（1月31日）</option>
          <option value="town">乡镇、街道（1月31日）</option>
          <option value="government">县级以上人民政府（3月31日）</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="organ-parent">上级机关</label>
        <select id="organ-parent" name="parentId">{organs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}</select>
      </div>
      <div className="field">
        <label htmlFor="organ-deadline">自定发布期限（MM-DD，可不填）</label>
        <input id="organ-deadline" name="deadlineOverride" placeholder="01-20" />
      </div>
      <button className="button" type="submit" disabled={pending}>添加机关</button>
    </form>
  );
}

export function AddUserForm({ organs }: { organs: OrganChoice[] }) {
  const [state, action, pending] = useActionState<AdminState, FormData>(addUserAction, {});
  return (
    <form action={action} className="card" aria-labelledby="add-user">
      <h2 id="add-user">添加用户</h2>
      <ActionOutcome state={state} />
      <div className="field"><label htmlFor="user-name">用户名</label><input id="user-name" name="username" required autoComplete="off" /></div>
      <div className="field"><label htmlFor="user-display">姓名</label><input id="user-display" name="displayName" required /></div>
      <div className="field"><label htmlFor="user-password">初始密码（至少8位）</label><input id="user-password" name="password" type="password" required autoComplete="new-password" /></div>
      <div className="field">
        <label htmlFor="user-organ">所属机关</label>
        <select id="user-organ" name="organId">{organs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}</select>
      </div>
      <fieldset className="field">
        <legend>角色</legend>
        <label><input type="checkbox" name="roles" value="clerk" defaultChecked /> 填报人</label>
        <label><input type="checkbox" name="roles" value="supervisor" /> 审核人</label>
        <label><input type="checkbox" name="roles" value="admin" /> 管理员</label>
      </fieldset>
      <button className="button" type="submit" disabled={pending}>添加用户</button>
    </form>
  );
}
