// Cells of the 2019 edition's Table 1 (spec §9), named like spec §11, and how their values normalise.
import { template2019, type ActiveKey2019, type ValueType2019 } from './template-2019';
import { normalizeCell, type Normalized } from './normalize';

/** Table 1 cells of the 2019 edition, named like spec §11: 「第二十条第（五）项 / 行政许可 / 本年增/减」. */
export type ActiveCell2019 = { key: string; row: ActiveKey2019; col: number; name: string; type: ValueType2019 };
export const ACTIVE_CELLS_2019: readonly ActiveCell2019[] = template2019.active.blocks.flatMap((block) =>
  block.rows.flatMap((row) =>
    block.columns.map((column, col) => ({
      key: `active.${row.key}.${col}`,
      row: row.key,
      col,
      name: [block.label, row.label, column.label].join(' / '),
      type: column.valueType,
    })),
  ),
);

/** 本年增/减 may be negative (−3); otherwise the 2021 normaliser decides. */
export function normalizeCell2019(raw: string | number | null | undefined, type: ValueType2019): Normalized {
  if (type !== 'delta') return normalizeCell(raw, type);
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? { value: raw } : { value: String(raw), problem: '须为整数' };
  const folded = raw.normalize('NFKC').replace(/[−－–—]/g, '-').replace(/\s+/g, '');
  const sign = /^[+-]/.test(folded) ? folded[0] : '';
  const magnitude = normalizeCell(folded.slice(sign.length), 'count');
  if (magnitude.problem || typeof magnitude.value !== 'number') {
    return sign ? { value: raw.trim(), problem: magnitude.problem ?? '不是数字' } : magnitude;
  }
  return { value: sign === '-' && magnitude.value !== 0 ? -magnitude.value : magnitude.value };
}
