// On a resubmitted report the review opens here (issue 15): what changed since the version that was
// returned — cells old → new, paragraphs with the changed characters struck out and inserted — and
// whether the place each open comment points at changed. The full preview is one link away.
import Link from 'next/link';
import type { ReportChange } from '@/lib/domain/diff-reports';
import { diffText } from '@/lib/domain/text-diff';
import type { CommentView } from './comments-panel';

export type ChangesSinceReturnProps = {
  returnedVersion: number;
  version: number;
  returnedAt: string;
  returnedBy: string;
  reason: string;
  changes: ReportChange[];
  openComments: (CommentView & { anchorChanged: boolean })[];
  fullHref: string;
};

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

function ParagraphDiff({ from, to }: { from: string | null; to: string | null }) {
  return (
    <p className="text-diff">
      {diffText(from ?? '', to ?? '').map((s, i) =>
        s.kind === 'same' ? <span key={i}>{s.text}</span>
          : s.kind === 'removed' ? <del key={i}>{s.text}</del>
            : <ins key={i}>{s.text}</ins>)}
    </p>
  );
}

export function ChangesSinceReturn(p: ChangesSinceReturnProps) {
  const cells = p.changes.filter((c) => c.kind === 'cell');
  const paragraphs = p.changes.filter((c) => c.kind === 'paragraph');
  const signature = p.changes.filter((c) => c.kind === 'signature');
  return (
    <section aria-labelledby="since-return-heading">
      <h2 id="since-return-heading">退回后的修改（第{p.returnedVersion}版 → 第{p.version}版）</h2>
      <p>{p.returnedBy}于{when(p.returnedAt)}退回：{p.reason}</p>
      <p><Link href={p.fullHref}>查看全文预览</Link></p>
      {p.changes.length === 0 && <p><strong>退回后没有任何修改。</strong></p>}
      {cells.length > 0 && (
        <table className="list">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>表格（{cells.length}处）</caption>
          <thead><tr><th scope="col">单元格</th><th scope="col">退回时</th><th scope="col">现在</th></tr></thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.key}><th scope="row" style={{ fontWeight: 'normal' }}>{c.name}</th><td>{show(c.from)}</td><td><strong>{show(c.to)}</strong></td></tr>
            ))}
          </tbody>
        </table>
      )}
      {paragraphs.length > 0 && (
        <>
          <h3>正文（{paragraphs.length}段）</h3>
          <p><small>删去的文字加删除线，新增的文字加下划线。</small></p>
          {paragraphs.map((c) => (
            <div key={`${c.part}:${c.index}`}>
              <h4 style={{ margin: '12px 0 4px' }}>{c.partName} 第{c.index + 1}段{c.from === null ? '（新增）' : c.to === null ? '（删除）' : ''}</h4>
              <ParagraphDiff from={c.from} to={c.to} />
            </div>
          ))}
        </>
      )}
      {signature.map((c) => (
        <p key={c.field}>落款{c.field === 'organ' ? '机关' : '日期'}：{show(c.from)} → <strong>{show(c.to)}</strong></p>
      ))}
      <h3>未解决的批注（{p.openComments.length}条）</h3>
      {p.openComments.length === 0 ? <p>没有未解决的批注。</p> : (
        <ul style={{ paddingLeft: 18 }}>
          {p.openComments.map((c) => (
            <li key={c.id}>
              <strong>{c.anchorLabel}</strong>{' '}
              {c.anchorChanged ? <span className="badge ok">此处已修改</span> : <span className="badge warning">此处未修改</span>}
              <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
              <small>{c.author}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
