'use client';
// The register as a grid (issue 16) with the tables' keyboard habits (grid-cell.tsx moveFor: arrows at the
// caret's edge, Enter down, Shift+Enter up), autosaved as patches of the changed cases, each case's due date
// and lateness (条例 第三十三条) beside it, and the cases Table 2 cannot count listed with their reasons.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { moveFor } from '@/components/editor/grid-cell';
import { APPLICANT_TYPES, emptyCase, RESULT_KEYS, type TCase } from '@/lib/domain/register/case';
import { FIELD_LABEL } from '@/lib/domain/register/classify';
import { parseDate } from '@/lib/domain/register/dates';
import { placeCase } from '@/lib/domain/register/placement';
import { countRegister } from '@/lib/domain/register/table2';
import { timelinessOfYear } from '@/lib/domain/register/timeliness';
import { timelinessOf } from '@/lib/domain/register/working-days';
import { RegisterTable2 } from './register-table2';
import styles from './register.module.css';

type EditableField = 'receivedOn' | 'applicant' | 'applicantType' | 'content' | 'result' | 'answeredOn' | 'extendedOn' | 'carriedIn' | 'note';
const COLUMNS: { field: EditableField; kind: 'date' | 'text' | 'type' | 'result' | 'check'; wide?: boolean }[] = [
  { field: 'receivedOn', kind: 'date' }, { field: 'applicant', kind: 'text' }, { field: 'applicantType', kind: 'type' },
  { field: 'content', kind: 'text', wide: true }, { field: 'result', kind: 'result', wide: true }, { field: 'answeredOn', kind: 'date' },
  { field: 'extendedOn', kind: 'date' }, { field: 'carriedIn', kind: 'check' }, { field: 'note', kind: 'text', wide: true },
];
/** 答复期限 and 期限状态 follow 答复日期, where the eye compares them. */
const DERIVED_AFTER = COLUMNS.findIndex((c) => c.field === 'answeredOn');
const PAGE = 100;
const STATE_LABEL = { 'on-time': '按期', late: '逾期', open: '办理中', overdue: '已超期', unknown: '' } as const;
const RESULT_GROUPS = RESULT_KEYS.reduce<{ group: string; keys: string[] }[]>((groups, key) => {
  const [group] = key.split(' / ');
  const last = groups[groups.length - 1];
  if (last && last.group === group && key.includes(' / ')) last.keys.push(key);
  else groups.push({ group, keys: [key] });
  return groups;
}, []);

export type RegisterGridProps = {
  organId: string;
  year: number;
  initialCases: TCase[];
  initialVersion: number;
  canEdit: boolean;
  /** Drill-down from a Table 2 cell: only these cases are shown. */
  onlyIds?: string[];
  asOf: string;
};

const cellId = (row: number, col: number) => `reg-${row}-${col}`;

export function RegisterGrid(props: RegisterGridProps) {
  const [cases, setCases] = useState(props.initialCases);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: props.canEdit ? '已保存' : '只读' });
  const [page, setPage] = useState(0);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const version = useRef(props.initialVersion);
  const dirty = useRef(new Set<string>());
  const removed = useRef(new Set<string>());
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(cases);
  useEffect(() => {
    latest.current = cases;
  }, [cases]);

  const only = useMemo(() => (props.onlyIds ? new Set(props.onlyIds) : null), [props.onlyIds]);
  const visible = useMemo(() => cases.map((c, index) => ({ c, index })).filter(({ c }) =>
    (!only || only.has(c.id)) && (!onlyProblems || !placeCase(c, props.year).ok || timelinessOf(c, props.asOf).state === 'late')), [cases, only, onlyProblems, props.year, props.asOf]);
  // Table 2 and the time limits as the cases stand now, typed edits included (the same domain code as the server).
  const counted = useMemo(() => countRegister(cases, props.year), [cases, props.year]);
  const timeliness = useMemo(() => timelinessOfYear(cases, props.year), [cases, props.year]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE));
  const shown = visible.slice(page * PAGE, page * PAGE + PAGE);

  async function save() {
    if (saving.current || (dirty.current.size === 0 && removed.current.size === 0)) return;
    saving.current = true;
    const upsert = latest.current.filter((c) => dirty.current.has(c.id));
    const remove = [...removed.current];
    dirty.current = new Set();
    removed.current = new Set();
    setStatus({ text: '正在保存…' });
    try {
      const res = await fetch(`/api/registers/${props.organId}/${props.year}`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ baseVersion: version.current, patch: { upsert, remove } }),
      });
      const body = await res.json();
      if (res.ok) {
        version.current = body.version;
        setStatus({ text: `已保存（第${body.version}版）` });
      } else if (res.status === 409) {
        setStatus({ text: `台账已被他人修改，有冲突的案件未保存（${body.caseIds.length}件）。请刷新页面后再改。`, error: true });
      } else {
        upsert.forEach((c) => dirty.current.add(c.id));
        remove.forEach((id) => removed.current.add(id));
        setStatus({ text: `保存失败：${body.error ?? res.status}`, error: true });
      }
    } catch {
      upsert.forEach((c) => dirty.current.add(c.id));
      remove.forEach((id) => removed.current.add(id));
      setStatus({ text: '网络中断，稍后自动重试', error: true });
    } finally {
      saving.current = false;
      if (dirty.current.size > 0 || removed.current.size > 0) schedule();
    }
  }

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), 600);
  }

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function update(id: string, patch: Partial<TCase>) {
    setCases((all) => all.map((c) => (c.id === id ? { ...c, ...patch } : c)));
    dirty.current.add(id);
    setStatus({ text: '有未保存的修改' });
    schedule();
  }

  function addCase() {
    const c = emptyCase(crypto.randomUUID());
    setCases((all) => [...all, c]);
    dirty.current.add(c.id);
    setOnlyProblems(false);
    setPage(Math.floor(visible.length / PAGE));
    schedule();
  }

  function removeCase(id: string) {
    setCases((all) => all.filter((c) => c.id !== id));
    dirty.current.delete(id);
    removed.current.add(id);
    schedule();
  }

  function onKey(e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, row: number, col: number) {
    const isText = e.currentTarget instanceof HTMLInputElement && e.currentTarget.type === 'text';
    // Text cells keep the tables' habits exactly; in a list or a checkbox the arrows up/down are the control's own.
    const move = isText ? moveFor(e as KeyboardEvent<HTMLInputElement>)
      : e.key === 'Enter' ? (e.shiftKey ? 'up' : 'down') : e.key === 'ArrowLeft' ? 'left' : e.key === 'ArrowRight' ? 'right' : null;
    if (!move) return;
    e.preventDefault();
    const [r, c] = move === 'up' ? [row - 1, col] : move === 'down' ? [row + 1, col] : move === 'left' ? [row, col - 1] : [row, col + 1];
    const target = document.getElementById(cellId(r, c));
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      target.focus();
      if (target instanceof HTMLInputElement && target.type === 'text') target.select();
    }
  }

  return (
    <>
      <p role="note">
        共{cases.length}件；未计入表二{counted.unplaced.length}件；本年度答复{timeliness.answered}件，其中逾期答复{timeliness.late}件。
      </p>
      <div className={styles.toolbar}>
        {props.canEdit && !only && <button type="button" className="button" onClick={addCase}>新增案件</button>}
        <label><input type="checkbox" checked={onlyProblems} onChange={(e) => { setOnlyProblems(e.target.checked); setPage(0); }} /> 只看未计入表二或逾期答复的案件</label>
        <span role="status" className={status.error ? styles.statusError : styles.status}>{status.text}</span>
        {pages > 1 && (
          <span>
            <button type="button" className="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>上一页</button>
            {' '}第{page + 1}/{pages}页{' '}
            <button type="button" className="button secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>下一页</button>
          </span>
        )}
      </div>
      <div className={styles.gridWrap}>
        <table className={styles.grid} aria-label={`${props.year}年度申请台账`}>
          <thead>
            <tr>
              <th scope="col">序号</th>
              {COLUMNS.map((col, ci) => [
                <th key={col.field} scope="col">{FIELD_LABEL[col.field]}</th>,
                ci === DERIVED_AFTER && [<th key="due" scope="col">答复期限</th>, <th key="state" scope="col">期限状态</th>],
              ])}
              {props.canEdit && <th scope="col"><span className="visually-hidden">操作</span></th>}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ c, index }, row) => (
              <CaseRow key={c.id} c={c} n={index + 1} row={row} year={props.year} asOf={props.asOf} canEdit={props.canEdit}
                onChange={(patch) => update(c.id, patch)} onRemove={() => removeCase(c.id)} onKey={onKey} />
            ))}
            {shown.length === 0 && <tr><td colSpan={COLUMNS.length + 4} className={styles.derived}>没有案件</td></tr>}
          </tbody>
        </table>
      </div>
      <h2>按台账统计的表二</h2>
      <RegisterTable2
        applications={counted.applications} caption="每个数字为案件数，点击查看对应案件"
        cellHref={(key) => `/register/${props.organId}/${props.year}?cell=${key}`}
      />
    </>
  );
}

type RowProps = {
  c: TCase; n: number; row: number; year: number; asOf: string; canEdit: boolean;
  onChange: (patch: Partial<TCase>) => void; onRemove: () => void;
  onKey: (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, row: number, col: number) => void;
};

function CaseRow({ c, n, row, year, asOf, canEdit, onChange, onRemove, onKey }: RowProps) {
  const placement = placeCase(c, year);
  const t = timelinessOf(c, asOf);
  const name = (field: EditableField) => `第${n}件 ${FIELD_LABEL[field]}`;
  return (
    <>
      <tr>
        <td className={styles.num}>{n}</td>
        {COLUMNS.map((col, ci) => [
          ci === DERIVED_AFTER + 1 && <DerivedCells key="derived" t={t} />,
          (() => {
          const common = { id: cellId(row, ci), 'aria-label': name(col.field), disabled: !canEdit, onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => onKey(e, row, ci) };
          if (col.kind === 'date') return <td key={col.field}><DateInput {...common} value={c[col.field] as string | null} onCommit={(v) => onChange({ [col.field]: v })} /></td>;
          if (col.kind === 'check') return <td key={col.field} className={styles.center}><input type="checkbox" {...common} checked={c.carriedIn} onChange={(e) => onChange({ carriedIn: e.target.checked })} /></td>;
          if (col.kind === 'type' || col.kind === 'result') {
            const value = (col.kind === 'type' ? c.applicantType : c.result) ?? '';
            return (
              <td key={col.field} className={col.wide ? styles.wide : undefined}>
                <select {...common} value={value} onChange={(e) => onChange({ [col.field]: e.target.value === '' ? null : e.target.value })}>
                  <option value="">（未填）</option>
                  {col.kind === 'type' ? APPLICANT_TYPES.map((o) => <option key={o} value={o}>{o}</option>)
                    : RESULT_GROUPS.map((g) => g.keys.length === 1 && !g.keys[0].includes(' / ')
                      ? <option key={g.group} value={g.keys[0]}>{g.group}</option>
                      : <optgroup key={g.group} label={g.group}>{g.keys.map((k) => <option key={k} value={k}>{k.split(' / ')[1]}</option>)}</optgroup>)}
                </select>
              </td>
            );
          }
          return (
            <td key={col.field} className={col.wide ? styles.wide : undefined}>
              <input type="text" {...common} value={c[col.field] as string} onChange={(e) => onChange({ [col.field]: e.target.value })} />
            </td>
          );
          })(),
        ])}
        {canEdit && <td><button type="button" className="link-button" aria-label={`删除第${n}件`} onClick={onRemove}>删除</button></td>}
      </tr>
      {!placement.ok && (
        <tr>
          <td />
          <td colSpan={COLUMNS.length + 3} className={styles.reason}>第{n}件未计入表二：{placement.reasons.join('；')}</td>
        </tr>
      )}
    </>
  );
}

function DerivedCells({ t }: { t: ReturnType<typeof timelinessOf> }) {
  return (
    <>
      <td className={styles.derived}>{'due' in t ? `${t.due.due}${t.due.calendarKnown ? '' : '（节假日安排未公布，暂按周末计）'}` : ''}</td>
      <td className={`${styles.derived} ${t.state === 'late' || t.state === 'overdue' ? styles.late : ''}`}>{STATE_LABEL[t.state]}</td>
    </>
  );
}

type DateProps = {
  id: string; 'aria-label': string; disabled: boolean; value: string | null; onCommit: (v: string | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
};

/** Dates typed as offices type them (2025/3/4, 2025年3月4日 …), stored as YYYY-MM-DD once readable. */
function DateInput({ value, onCommit, ...rest }: DateProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value ?? '';
  const parsed = draft === null || draft.trim() === '' ? null : parseDate(draft);
  const invalid = parsed !== null && !parsed.ok;
  const commit = () => {
    if (draft === null) return;
    if (draft.trim() === '') onCommit(null);
    else if (parsed?.ok) onCommit(parsed.date);
    else return; // kept as typed, marked, never dropped
    setDraft(null);
  };
  return (
    <input
      type="text" {...rest} value={text} className={invalid ? styles.invalid : undefined} aria-invalid={invalid || undefined}
      title={invalid && parsed && !parsed.ok ? parsed.reason : undefined}
      onChange={(e) => setDraft(e.target.value)} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        rest.onKeyDown(e);
      }}
    />
  );
}

