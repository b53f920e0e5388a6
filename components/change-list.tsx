import type { ReportChange } from '@/lib/domain/diff-reports';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

/** The differences between two versions: changed cells with old → new, changed paragraphs. */
export function ChangeList({ changes, fromLabel, toLabel }: { changes: ReportChange[]; fromLabel: string; toLabel: string }) {
  if (changes.length === 0) return <p>两个版本没有差异。</p>;
  const cells = changes.filter((c) => c.kind === 'cell');
  const texts = changes.filter((c) => c.kind !== 'cell');
  return (
    <>
      {cells.length > 0 && (
        <table className="list">
          <caption>表格中变化的单元格（{cells.length}个）</caption>
          <thead><tr><th scope="col">单元格</th><th scope="col">{fromLabel}</th><th scope="col">{toLabel}</th></tr></thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.key}><td>{c.name}</td><td>{show(c.from)}</td><td><strong>{show(c.to)}</strong></td></tr>
            ))}
          </tbody>
        </table>
      )}
      {texts.length > 0 && (
        <table className="list">
          <caption>变化的文字（{texts.length}处）</caption>
          <thead><tr><th scope="col">位置</th><th scope="col">{fromLabel}</th><th scope="col">{toLabel}</th></tr></thead>
          <tbody>
            {texts.map((c) =>
              c.kind === 'paragraph' ? (
                <tr key={`${c.part}-${c.index}`}><td>{c.partName} 第{c.index + 1}段</td><td>{show(c.from)}</td><td>{show(c.to)}</td></tr>
              ) : (
                <tr key={`sig-${c.field}`}><td>落款{c.field === 'date' ? '日期' : '机关'}</td><td>{show(c.from)}</td><td>{show(c.to)}</td></tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
