'use client';
// Batch check of published reports (issue 6): many files chosen at once, sent one per request so progress
// shows and one unreadable file does not stop the rest; a table of files × findings, filters, and CSV.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { UNDECIDABLE_LABEL } from '@/lib/domain/partial-knowledge';
import type { ReadingCounts } from '@/lib/import/reading';
import {
  checksToCsv, countsOf, filterChecks, NO_FILTER, rulesIn, SEVERITY_LABEL, UNREADABLE, type CheckFilter, type FileCheck,
} from '@/lib/checker/batch-table';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
// Readable at 1366 px (issue 15): the file and organ columns keep room for a name; the findings take the rest.
const FILE_COLUMN = { minWidth: '10em', overflowWrap: 'anywhere' } as const;
const ORGAN_COLUMN = { minWidth: '9em' } as const;

/** Per file: cells read as printed (原文), decoded by digit count or the sums (推算), and not read (未能读取). */
function CellCounts({ counts }: { counts: ReadingCounts }) {
  return <>原文 {counts.read + counts.blank} · 推算 {counts.decoded} · 未能读取 {counts.unread}</>;
}

type Progress = { done: number; total: number; running: boolean; stopped?: string };

async function checkOne(file: File): Promise<FileCheck | { stop: string }> {
  const form = new FormData();
  form.set('file', file);
  try {
    const response = await fetch('/api/check', { method: 'POST', body: form });
    const body = await response.json().catch(() => null);
    if (response.ok && body) return body as FileCheck;
    const error = (body as { error?: string } | null)?.error ?? `服务器返回 HTTP ${response.status}`;
    // Signed out or not allowed: the rest would fail the same way.
    if (response.status === 401 || response.status === 403) return { stop: error };
    return { file: file.name, ok: false, reason: error };
  } catch {
    return { file: file.name, ok: false, reason: '网络错误，文件未能上传' };
  }
}

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = '批量检查结果.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BatchCheck({ maxMb }: { maxMb: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [checks, setChecks] = useState<FileCheck[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [filter, setFilter] = useState<CheckFilter>(NO_FILTER);
  const shown = useMemo(() => filterChecks(checks, filter), [checks, filter]);
  const rules = useMemo(() => rulesIn(checks), [checks]);

  async function run(e: FormEvent) {
    e.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return setProgress({ done: 0, total: 0, running: false, stopped: '请选择要检查的文件' });
    setChecks([]);
    setFilter(NO_FILTER);
    setProgress({ done: 0, total: files.length, running: true });
    for (const [i, file] of files.entries()) {
      const result: FileCheck | { stop: string } = file.size > maxMb * 1024 * 1024
        ? { file: file.name, ok: false, reason: `文件过大，上限 ${maxMb} MB` }
        : await checkOne(file);
      if ('stop' in result) return setProgress({ done: i, total: files.length, running: false, stopped: result.stop });
      setChecks((prev) => [...prev, result]);
      setProgress({ done: i + 1, total: files.length, running: i + 1 < files.length });
    }
  }

  const unreadable = checks.filter((c) => !c.ok).length;
  return (
    <>
      <form onSubmit={run} className="card" aria-labelledby="batch-files-heading">
        <h2 id="batch-files-heading">选择文件</h2>
        <div className="field">
          <label htmlFor="batch-files">报告文件（可多选）</label>
          <input id="batch-files" ref={input} type="file" multiple accept=".docx,.pdf,.html,.htm,.txt,.json" aria-describedby="batch-files-hint" />
          <small id="batch-files-hint">Word（.docx）、PDF、网页（.html）、文本（.txt）或本系统的 JSON 数据；每个文件不超过 {maxMb} MB。文件只用于检查，不会保存。</small>
        </div>
        <button className="button" type="submit" disabled={progress?.running}>开始检查</button>
        {progress && (
          <p role="status" aria-live="polite">
            {progress.total > 0 && <>已检查 {progress.done} / {progress.total}{progress.running ? '……' : '。'}</>}
            {progress.total > 0 && <progress value={progress.done} max={progress.total} style={{ marginLeft: 8 }} aria-hidden="true" />}
          </p>
        )}
        {progress?.stopped && <p role="alert" className="error-text">{progress.stopped}</p>}
      </form>
      {checks.length > 0 && (
        <section className="card" aria-labelledby="batch-result-heading">
          <h2 id="batch-result-heading">
            检查结果：{checks.length}个文件，其中{unreadable}个无法读取
          </h2>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end', marginBottom: 12 }}>
            <label>规则{' '}
              <select value={filter.rule} onChange={(e) => setFilter({ ...filter, rule: e.target.value })}>
                <option value="">全部规则</option>
                {rules.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </label>
            <label>类别{' '}
              <select value={filter.severity} onChange={(e) => setFilter({ ...filter, severity: e.target.value as CheckFilter['severity'] })}>
                <option value="all">错误和警告</option>
                <option value="error">只看错误</option>
                <option value="warning">只看警告</option>
              </select>
            </label>
            <label>读取情况{' '}
              <select value={filter.readable} onChange={(e) => setFilter({ ...filter, readable: e.target.value as CheckFilter['readable'] })}>
                <option value="all">全部文件</option>
                <option value="readable">已读取</option>
                <option value="unreadable">无法读取</option>
              </select>
            </label>
            <button type="button" className="button secondary" onClick={() => download(checksToCsv(shown))} disabled={progress?.running}>
              下载 CSV
            </button>
          </div>
          <table className="list" aria-label="检查结果">
            <thead>
              <tr>
                <th scope="col" style={FILE_COLUMN}>文件</th><th scope="col" style={ORGAN_COLUMN}>机关</th><th scope="col" style={NOWRAP}>年度</th>
                <th scope="col" style={NOWRAP}>错误</th><th scope="col" style={NOWRAP}>警告</th>
                <th scope="col" style={NOWRAP}>单元格</th><th scope="col">问题</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ check, findings }, i) => {
                if (!check.ok) {
                  return (
                    <tr key={i}>
                      <th scope="row" style={{ fontWeight: 'normal' }}>{check.file}</th>
                      <td colSpan={5}><span className="badge error">{UNREADABLE}</span></td>
                      <td>{check.reason}</td>
                    </tr>
                  );
                }
                const { errors, warnings } = countsOf(check.findings);
                return (
                  <tr key={i}>
                    <th scope="row" style={{ ...FILE_COLUMN, fontWeight: 'normal' }}>{check.file}</th>
                    <td style={ORGAN_COLUMN}>{check.organ}</td>
                    <td>{check.year}{check.edition === 'national-2019' ? '（2019年版）' : ''}</td>
                    <td>{errors}</td>
                    <td>{warnings}</td>
                    <td style={NOWRAP}>{check.cells ? <CellCounts counts={check.cells} /> : '规范数据'}</td>
                    <td>
                      {findings.length === 0 ? <span className="badge ok">未发现问题</span> : (
                        <ul style={{ margin: 0, paddingLeft: 18 }}>
                          {findings.map((f, j) => (
                            <li key={j}><span className={`badge ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span> <code>{f.rule}</code> {f.message}</li>
                          ))}
                        </ul>
                      )}
                      {check.undecidable.length > 0 && (
                        <p style={{ margin: '4px 0' }}><span className="badge">{UNDECIDABLE_LABEL}</span> {check.undecidable.join('；')}</p>
                      )}
                      {check.warnings.length > 0 && <small>读取提示：{check.warnings.join('；')}</small>}
                    </td>
                  </tr>
                );
              })}
              {shown.length === 0 && <tr><td colSpan={7}>没有符合筛选条件的文件。</td></tr>}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
