// Why the report came back and what the reviewer still asks, shown first: at the top of the editor
// and beside the report in the list (issue 13), not only in 修改记录.
import type { ReportNotice } from '@/lib/domain/report-notice';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/** The full notice at the top of the report page. */
export function ReportNoticeBanner({ notice, commentsHref }: { notice: ReportNotice | undefined; commentsHref: string }) {
  if (!notice) return null;
  return (
    <section className="card notice" role="note" aria-label="审核意见">
      {notice.returned && (
        <p>
          <strong>已退回：</strong>{notice.returned.reason || '（未写理由）'}
          <span className="muted">（{notice.returned.by}，{when(notice.returned.at)}）</span>
        </p>
      )}
      {notice.openComments > 0 && (
        <p><a href={commentsHref}>{notice.openComments}条未解决批注</a>，改好后请在批注旁点「标记已解决」。</p>
      )}
    </section>
  );
}

/** The same, one line each, in the report list. */
export function ReportNoticeLine({ notice }: { notice: ReportNotice | undefined }) {
  if (!notice) return null;
  return (
    <>
      {notice.returned && <div className="notice-line">已退回：{notice.returned.reason || '（未写理由）'}</div>}
      {notice.openComments > 0 && <div className="notice-line">{notice.openComments}条未解决批注</div>}
    </>
  );
}
