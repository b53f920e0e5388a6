// Table 2 structures seen in real prints (issue 14, item 4), on seed 003's numbers.
import { describe, expect, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';
import { template } from '../domain/template';
import { decodeApplications } from './decode-tables';
import { readApplications } from './read-applications';
import { SourceText } from './reading';
import { ReadLog } from './types';

const rows = seed003.tables.applications as number[][];
const labels = template.applications.rows.map((r) => [r.group, r.label].filter(Boolean).join(''));
const pipe = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function read(text: string) {
  const log = new ReadLog();
  const { rows: inputs, shape } = readApplications({ text, base: 0 }, log);
  const { readings } = decodeApplications(inputs, shape, new SourceText(text));
  return { shape, values: readings.map((r) => r.map((c) => (c.status === 'value' ? Number(c.value) : c.status))), log };
}

describe('readApplications on prints of Table 2', () => {
  it('reads rows printed out of order by their labels', () => {
    const order = [...rows.keys()].reverse();
    const { values } = read(order.map((r) => pipe([labels[r], ...rows[r]])).join('\n'));
    expect(values).toEqual(rows);
  });

  it('reads a markdown table whose label column was lost: rows in printed order', () => {
    const { values } = read(rows.map((r) => pipe(r)).join('\n'));
    expect(values).toEqual(rows);
  });

  it('reads one merged set of values for the three （六） rows', () => {
    const merged = `（六）其他处理${labels.slice(20, 23).join('')}`;
    const text = [...rows.slice(0, 20).map((r, i) => pipe([labels[i], ...r])), pipe([merged, ...rows[20], ...rows[21], ...rows[22]]),
      ...rows.slice(23).map((r, i) => pipe([labels[23 + i], ...r]))].join('\n');
    expect(read(text).values).toEqual(rows);
  });

  it('leaves unread the cells of a row short of numbers, and blank a row not printed', () => {
    const text = rows.map((r, i) => (i === 3 ? pipe([labels[i], ...r.slice(0, 5)]) : i === 4 ? '' : pipe([labels[i], ...r]))).join('\n');
    const { values } = read(text);
    expect(values[3]).toEqual(Array(7).fill('unread'));
    expect(values[4]).toEqual(Array(7).fill('blank'));
    expect(values.filter((_, i) => i !== 3 && i !== 4)).toEqual(rows.filter((_, i) => i !== 3 && i !== 4));
  });

  it('places labelled rows and leaves a stray row unplaced, with a warning', () => {
    const text = rows.map((r, i) => pipe([labels[i], ...r])).join('\n').replace(pipe([labels[5], ...rows[5]]), `${pipe([labels[5], ...rows[5]])}\n${pipe([9, 9, 9, 9, 9, 9, 54])}`);
    const { values, log } = read(text);
    expect(values).toEqual(rows);
    expect(log.warnings.some((w) => w.includes('没有可辨认的标签'))).toBe(true);
  });
});
