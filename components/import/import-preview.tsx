'use client';
// What an uploaded report holds, for the clerk to confirm: where it came from, what was odd while reading,
// its findings, and the document as it would print (a 2019-edition report as plain cell lists; one from before
// 2019 has no tables, and the refusal says why it cannot be kept).
import { useState } from 'react';
import { EDITION_LABEL } from '@/lib/domain/edition-label';
import { ReportPreview } from '@/lib/render/report-preview';
import type { ImportPreviewView } from '@/lib/views/import-preview';
import { CellReadings } from './cell-readings';

function CellLists({ lists }: { lists: NonNullable<ImportPreviewView['cells2019']> }) {
  return lists.map((list) => (
    <details key={list.caption}>
      <summary>{list.caption}（{list.cells.length}项）</summary>
      <table className="list" aria-label={list.caption}>
        <thead><tr><th scope="col">单元格</th><th scope="col">数值</th></tr></thead>
        <tbody>{list.cells.map((c) => <tr key={c.name}><th scope="row">{c.name}</th><td>{c.value}</td></tr>)}</tbody>
      </table>
    </details>
  ));
}

export function ImportPreview({ view, confirming, error, onConfirm, onCancel }: {
  view: ImportPreviewView; confirming: boolean; error?: string; onConfirm: (filled: Record<string, string>) => void; onCancel: () => void;
}) {
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const [filled, setFilled] = useState<Record<string, string>>({});
  const unfilled = Object.entries(view.reading?.cells ?? {}).filter(([name, c]) => c.status === 'unread' && !filled[name]?.trim()).length;
  return (
    <>
      <section className="card" aria-labelledby="import-result-heading">
        <h2 id="import-result-heading">读取结果：{view.printedOrgan} {view.year}年度报告（{EDITION_LABEL[view.edition]}）</h2>
        {view.notes.map((n) => <p key={n}>{n}</p>)}
        {view.warnings.length > 0 && (
          <>
            <h3>读取时的提示</h3>
            <ul>{view.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
          </>
        )}
        <h3>校验结果：错误 {errors} 项，警告 {view.findings.length - errors} 项</h3>
        {view.findings.length === 0 ? <p className="badge ok">全部通过</p> : (
          <ul>
            {view.findings.map((f) => (
              <li key={f.key}>
                <span className={`badge ${f.severity}`}>{f.severity === 'error' ? '错误' : '警告'}</span> {f.message} <small>（{f.rule}）</small>
              </li>
            ))}
          </ul>
        )}
        {view.refusal ? (
          <p role="alert" className="error-text">
            {view.refusal}
            {view.existingReportId && <>　<a href={`/reports/${view.existingReportId}`}>打开已有的报告</a></>}
          </p>
        ) : (
          <p>确认后，这份报告将保存为{view.organName}{view.year}年度报告（状态为「已导入，待审核人确认」，数据按原文保存，不作改动；由本机关的另一位审核人确认后才算已审定）。</p>
        )}
        {error && <p role="alert" className="error-text">{error}</p>}
        {!view.refusal && (
          <button className="button" type="button" onClick={() => onConfirm(filled)} disabled={confirming || unfilled > 0}>
            {confirming ? '正在导入…' : unfilled > 0 ? `确认导入（尚有${unfilled}格未补填）` : '确认导入'}
          </button>
        )}{' '}
        <button className="button secondary" type="button" onClick={onCancel} disabled={confirming}>重新选择文件</button>
      </section>
      {view.reading && !view.refusal && (
        <CellReadings reading={view.reading} filled={filled} onFill={(name, value) => setFilled({ ...filled, [name]: value })} />
      )}
      <section className="card" aria-label="导入的报告全文">
        {view.model ? <ReportPreview model={view.model} /> : view.cells2019 ? (
          <>
            <p role="note">2019年版格式的报告按单元格列出其表格数据：</p>
            <CellLists lists={view.cells2019} />
          </>
        ) : (
          <p role="note">2019年以前格式的报告没有法定统计表，表格各单元格均未能读取（2019年以前的报告格式，没有此表）。</p>
        )}
      </section>
    </>
  );
}
