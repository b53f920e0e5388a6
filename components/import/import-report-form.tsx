'use client';
// Importing a published report (issue 6): the clerk picks the organ and the file; the server reads it and
// answers what it holds (or where it could not be read); only 「确认导入」 keeps it. The browser keeps the
// File between the two steps and sends it again — the server reads it anew and checks it is the same file.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { OrganOption } from '@/components/create-report-form';
import type { ImportPreviewView } from '@/lib/views/import-preview';
import { ImportPreview } from './import-preview';

type ReadError = { where: string; message: string };
type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; message: string }
  | { kind: 'unreadable'; errors: ReadError[] }
  | { kind: 'preview'; view: ImportPreviewView; confirming: boolean; error?: string };

const ACCEPT = '.docx,.pdf,.html,.htm,.txt,.json';

async function post(file: File, fields: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', file);
  const response = await fetch('/api/reports/import', { method: 'POST', body: form });
  const body = await response.json().catch(() => ({ error: `服务器返回了无法识别的内容（HTTP ${response.status}）` }));
  return { status: response.status, body };
}

const errorOf = (body: unknown) => (body as { error?: string }).error ?? '读取失败，请稍后重试';

export function ImportReportForm({ organs, maxMb }: { organs: OrganOption[]; maxMb: number }) {
  const router = useRouter();
  const [organId, setOrganId] = useState(organs[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function read(e: FormEvent) {
    e.preventDefault();
    if (!file) return setState({ kind: 'failed', message: '请选择要导入的报告文件' });
    if (file.size > maxMb * 1024 * 1024) return setState({ kind: 'failed', message: `文件过大，上限 ${maxMb} MB` });
    setState({ kind: 'reading' });
    try {
      const { status, body } = await post(file, { organId, step: 'preview' });
      if (status === 200) setState({ kind: 'preview', view: body as ImportPreviewView, confirming: false });
      else if (status === 422) setState({ kind: 'unreadable', errors: (body as { errors: ReadError[] }).errors });
      else setState({ kind: 'failed', message: errorOf(body) });
    } catch {
      setState({ kind: 'failed', message: '网络错误，文件未能上传，请重试' });
    }
  }

  async function confirm(view: ImportPreviewView, filled: Record<string, string>) {
    if (!file) return;
    setState({ kind: 'preview', view, confirming: true });
    try {
      const { status, body } = await post(file, { organId, step: 'confirm', digest: view.digest, filled: JSON.stringify(filled) });
      if (status === 200) return router.push(`/reports/${(body as { id: string }).id}`);
      setState({ kind: 'preview', view, confirming: false, error: errorOf(body) });
    } catch {
      setState({ kind: 'preview', view, confirming: false, error: '网络错误，未能保存，请重试' });
    }
  }

  return (
    <>
      <form onSubmit={read} className="card" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">选择文件</h2>
        <div className="field">
          <label htmlFor="import-organ">机关</label>
          <select id="import-organ" value={organId} onChange={(e) => { setOrganId(e.target.value); setState({ kind: 'idle' }); }}>
            {organs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">报告文件</label>
          <input
            id="import-file" type="file" accept={ACCEPT} aria-describedby="import-file-hint"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setState({ kind: 'idle' }); }}
          />
          <small id="import-file-hint">支持 Word（.docx）、PDF、网页（.html）和文本（.txt）文件，不超过 {maxMb} MB。</small>
        </div>
        <button className="button" type="submit" disabled={state.kind === 'reading'}>{state.kind === 'reading' ? '正在读取…' : '读取'}</button>
        {state.kind === 'failed' && <p role="alert" className="error-text">{state.message}</p>}
      </form>
      {state.kind === 'unreadable' && (
        <section className="card" aria-labelledby="unreadable-heading">
          <h2 id="unreadable-heading" className="error-text">无法读取该文件（{state.errors.length}处）</h2>
          <p>以下位置未能读取，文件未导入。请核对原文件（或另存为其他格式）后重试：</p>
          <ul>
            {state.errors.map((e, i) => <li key={i}>{e.where ? <><strong>{e.where}</strong>：{e.message}</> : e.message}</li>)}
          </ul>
        </section>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          key={state.view.digest}
          view={state.view}
          confirming={state.confirming}
          error={state.error}
          onConfirm={(filled) => confirm(state.view, filled)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
    </>
  );
}
