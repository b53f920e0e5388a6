// Table 2 as counted from a register (issue 16): 25 rows × 7 columns, each count linking to the cases it
// counts when the reader may see cases (a supervising office sees the counts alone).
import Link from 'next/link';
import { appKey, cellSpec } from '@/lib/domain/cells';
import type { TCell } from '@/lib/domain/model';
import { template } from '@/lib/domain/template';
import styles from './register.module.css';

type Props = { applications: TCell[][]; caption: string; cellHref?: (key: string) => string };

const rowLabel = (r: number) => {
  const row = template.applications.rows[r];
  return row.group ? `${row.group} ${row.label}` : row.label;
};

export function RegisterTable2({ applications, caption, cellHref }: Props) {
  const { columns } = template.applications;
  return (
    <table className={styles.counts}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '6px 0' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{template.applications.headerLabel}</th>
          {columns.map((c) => <th key={c.label} scope="col">{c.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {applications.map((row, r) => (
          <tr key={r}>
            <th scope="row">{rowLabel(r)}</th>
            {row.map((value, c) => {
              const key = appKey(r, c);
              const text = value === null ? '' : String(value);
              return cellHref && value !== 0 ? (
                <td key={c}><Link href={cellHref(key)} aria-label={`${cellSpec(key).name}：${text}件，查看案件`}>{text}</Link></td>
              ) : (
                <td key={c} aria-label={`${cellSpec(key).name}：${text}件`}>{text}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
