'use client';
// An unexpected error on a page, said in Chinese, with a way to try again; the digest lets an
// administrator find the error in the server log without showing its details here.
import Link from 'next/link';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <title>出错了 · 年报</title>
      <h1>出错了</h1>
      <p>页面没能打开，已填写并保存的内容不受影响。请稍后重试；如果一再出现，请联系管理员{error.digest ? `，并告知错误编号 ${error.digest}` : ''}。</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>重试</button>{' '}
        <Link href="/reports">返回我的报告</Link>
      </p>
    </div>
  );
}
