// The 404 page, in Chinese like the rest of the app (Next's own says 「This page could not be found.」).
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: '页面不存在' };

export default function NotFound() {
  return (
    <div className="card">
      <h1>页面不存在</h1>
      <p>您要找的页面不存在，或您没有查看它的权限。报告可能已被删除，或链接有误。</p>
      <p><Link href="/reports">返回我的报告</Link> · <Link href="/">返回首页</Link></p>
    </div>
  );
}
