'use client';
// Importing a register (issue 16): choose the file, see how its columns were recognised and fix them,
// map values no rule knows, decide for every unreadable row (skip, or import and fix in the grid), then
// confirm. The file is sent again on each step; the server keeps nothing in between.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { APPLICANT_TYPES, RESULT_KEYS } from '@/lib/domain/register/case';
import { FIELD_LABEL, type Field } from '@/lib/domain/register/classify';
import type { RegisterImportPreview } from '@/lib/views/register-import';
import { RegisterTable2 } from './register-table2';
import styles from './register.module.css';

type Props = { organId: string; year: number; exists: boolean; version: number };
type ValueMap = { applicantType: Record<string, string>; result: Record<string, string> };
const FIELDS = Object.keys(FIELD_LABEL) as Field[];

export function RegisterImportForm({ organId, year, exists, version }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RegisterImportPreview | null>(null);
  const [mapping, setMapping] = useState<(Field | null)[] | null>(null);
  const [valueMap, setValueMap] = useState<ValueMap>({ applicantType: {}, result: {} });
  const [decisions, setDecisions] = useState<Record<string, 'skip' | 'fix'>>({});
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(step: 'preview' | 'confirm', options: object) {
    if (!file) return null;
    const form = new FormData();
    form.set('file', file);
    form.set('step', step);
    form.set('options', JSON.stringify(options));
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/registers/${organId}/${year}/import`, { method: 'POST', body: form });
      const body = await res.json();
      if (!res.ok) {
        setError(body.error ?? `请求失败（${res.status}）`);
        return null;
      }
      return body;
    } finally {
      setBusy(false);
    }
  }

  async function runPreview(withMapping: boolean) {
    const body = (await send('preview', withMapping ? { mapping, valueMap } : { valueMap })) as RegisterImportPreview | null;
    if (!body) return;
    setPreview(body);
    setMapping(body.mapping);
  }

  async function confirm() {
    const body = await send('confirm', { mapping, valueMap, decisions, mode, baseVersion: version });
    if (body) router.push(`/register/${organId}/${year}`);
  }

  const undecided = preview?.problems.filter((p) => !decisions[p.rowNumber]) ?? [];
  return (
    <>
      <div className="card">
        <label className="field">
          台账文件（XLSX 或 CSV）
          <input type="file" accept=".xlsx,.csv" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setPreview(null); setMapping(null); }} />
        </label>
        <button type="button" className="button" disabled={!file || busy} onClick={() => runPreview(false)}>预览</button>
        {error && <p role="alert" className="error-text">{error}</p>}
      </div>
      {preview && mapping && (
        <>
          <section className="card" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading">列的对应关系（第{preview.headerRow}行为表头）</h2>
            <div className={styles.mapping}>
              {preview.headers.map((h, i) => (
                <label key={i}>
                  「{h || `第${i + 1}列`}」
                  <select aria-label={`第${i + 1}列「${h}」对应`} value={mapping[i] ?? ''} onChange={(e) => {
                    const next = mapping.slice();
                    next[i] = e.target.value === '' ? null : (e.target.value as Field);
                    setMapping(next);
                  }}>
                    <option value="">不导入</option>
                    {FIELDS.map((f) => <option key={f} value={f}>{FIELD_LABEL[f]}</option>)}
                  </select>
                </label>
              ))}
            </div>
            {preview.mappingProblems.map((p) => <p key={p} className="error-text">{p}</p>)}
            {(preview.unknownValues.applicantType.length > 0 || preview.unknownValues.result.length > 0) && (
              <>
                <h3>无法自动识别的取值</h3>
                {(['applicantType', 'result'] as const).flatMap((field) => preview.unknownValues[field].map((raw) => (
                  <label key={`${field}:${raw}`} className="field">
                    {FIELD_LABEL[field]}「{raw}」归为
                    <select value={valueMap[field][raw] ?? ''} onChange={(e) => setValueMap({ ...valueMap, [field]: { ...valueMap[field], [raw]: e.target.value } })}>
                      <option value="">（不归类，该行列为无法识别）</option>
                      {(field === 'applicantType' ? APPLICANT_TYPES : RESULT_KEYS).map((o) => <option key={o} value={o}>{o}</option>)}
                    </select>
                  </label>
                )))}
              </>
            )}
            <button type="button" className="button secondary" disabled={busy} onClick={() => runPreview(true)}>按以上对应关系重新预览</button>
          </section>
          <section className="card" aria-labelledby="rows-heading">
            <h2 id="rows-heading">共{preview.total}行，无法识别{preview.problems.length}行{preview.blankRows.length > 0 && `，空行${preview.blankRows.length}行（第${preview.blankRows.join('、')}行，已忽略）`}</h2>
            {preview.problems.length > 0 && (
              <table className={styles.problems}>
                <thead><tr><th scope="col">行号</th><th scope="col">原始内容</th><th scope="col">原因</th><th scope="col">处理</th></tr></thead>
                <tbody>
                  {preview.problems.map((p) => (
                    <tr key={p.rowNumber}>
                      <td>第{p.rowNumber}行</td>
                      <td>{p.cells.filter(Boolean).join(' | ')}</td>
                      <td>{p.reasons.join('；')}</td>
                      <td>
                        <select aria-label={`第${p.rowNumber}行的处理`} value={decisions[p.rowNumber] ?? ''} onChange={(e) => setDecisions({ ...decisions, [p.rowNumber]: e.target.value as 'skip' | 'fix' })}>
                          <option value="">请选择</option>
                          <option value="fix">导入后在台账中修正</option>
                          <option value="skip">跳过，不导入</option>
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <RegisterTable2 applications={preview.applications} caption="可识别的行按表二统计（导入前预览）" />
            {exists && (
              <label className="field">
                导入方式
                <select value={mode} onChange={(e) => setMode(e.target.value as 'append' | 'replace')}>
                  <option value="append">追加到现有台账</option>
                  <option value="replace">替换现有台账的全部案件</option>
                </select>
              </label>
            )}
            {undecided.length > 0 && <p className="error-text">还有{undecided.length}行无法识别的行未选择处理方式。</p>}
            <button type="button" className="button" disabled={busy || undecided.length > 0 || preview.mappingProblems.length > 0} onClick={confirm}>确认导入</button>
          </section>
        </>
      )}
    </>
  );
}
