'use client';
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/login/actions';

export function SignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="card" style={{ maxWidth: 420 }} aria-describedby={state.error ? 'sign-in-error' : undefined}>
      <h1>登录</h1>
      {state.error && (
        <p id="sign-in-error" role="alert" className="error-text">{state.error}</p>
      )}
      <div className="field">
        <label htmlFor="username">用户名</label>
        <input id="username" name="username" autoComplete="username" defaultValue={state.data?.username} required />
      </div>
      <div className="field">
        <label htmlFor="password">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>{pending ? '正在登录…' : '登录'}</button>
    </form>
  );
}
