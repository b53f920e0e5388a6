'use client';
// Small register actions that call the register routes and refresh the page.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

async function post(url: string, body?: unknown): Promise<string | null> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.ok) return null;
  const answer = await res.json().catch(() => ({}));
  return answer.error ?? `请求失败（${res.status}）`;
}

function ActionButton({ label, run, secondary }: { label: string; run: () => Promise<string | null>; secondary?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className={secondary ? 'button secondary' : 'button'} disabled={busy} onClick={async () => {
        setBusy(true);
        const problem = await run();
        setBusy(false);
        setError(problem);
        if (!problem) router.refresh();
      }}>{label}</button>
      {error && <span role="alert" className="error-text"> {error}</span>}
    </>
  );
}

export const CreateRegisterButton = ({ organId, year }: { organId: string; year: number }) => (
  <ActionButton label={`建立${year}年度申请台账`} run={() => post(`/api/registers/${organId}/${year}`)} />
);

/** The report takes Table 2 from the register, or goes back to typed numbers. */
export const ReportRegisterSwitch = ({ reportId, feeds }: { reportId: string; feeds: boolean }) => (
  <ActionButton
    label={feeds ? '改为手工填写表二' : '表二取自申请台账'} secondary={feeds}
    run={() => post(`/api/reports/${reportId}/register`, { use: !feeds })}
  />
);
