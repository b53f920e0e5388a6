'use client';
// An error in the root layout itself: this replaces the whole page, so it brings its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <title>出错了 · 年报</title>
        <h1>出错了</h1>
        <p>系统暂时无法打开页面，已保存的内容不受影响。请稍后重试；如果一再出现，请联系管理员{error.digest ? `，并告知错误编号 ${error.digest}` : ''}。</p>
        <button type="button" onClick={() => reset()}>重试</button>
      </body>
    </html>
  );
}
