import type { Metadata } from 'next';
import Link from 'next/link';
import { currentCtx } from '@/lib/server/auth/current-actor';
import { signOutAction } from './login/actions';
import './globals.css';

export const metadata: Metadata = {
  // Each page names itself (and its report): 「某镇人民政府2025年度报告 · 编辑 · 年报」.
  title: { default: '年报 · 政府信息公开工作年度报告', template: '%s · 年报' },
  description: '政府信息公开工作年度报告的填报、校验、审核与发布',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const ctx = await currentCtx();
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">年报</Link>
          <span className="brand-sub">政府信息公开工作年度报告</span>
          <nav aria-label="主导航" className="site-nav">
            {ctx ? (
              <>
                <Link href="/reports">我的报告</Link>
                {ctx.actor.memberships.some((m) => m.role === 'supervisor' || m.role === 'admin') && <Link href="/office">下级单位</Link>}
                {ctx.actor.memberships.some((m) => m.role === 'admin') && <Link href="/admin">机关与账号</Link>}
                <Link href="/account" className="who">{ctx.actor.displayName}</Link>
                <form action={signOutAction}>
                  <button type="submit" className="link-button">退出登录</button>
                </form>
              </>
            ) : (
              <Link href="/login">登录</Link>
            )}
          </nav>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
