// A stand-in for the react-hook-form instance in unit tests: values in a plain object, set by path,
// changes flowing into an analysis store as the editor's form access does.
import type { TReport } from '@/lib/domain/model';
import type { AnalysisStore } from './analysis-store';
import type { FormAccess } from './editor-controller';

export function createTestForm(initial: TReport, analysis?: AnalysisStore): FormAccess & { writes: string[] } {
  const values: TReport = JSON.parse(JSON.stringify(initial));
  const writes: string[] = [];
  const walk = (path: string) => {
    const segments = path.split('.');
    let node = values as unknown as Record<string, unknown>;
    for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string, unknown>;
    return { node, last: segments[segments.length - 1] };
  };
  return {
    writes,
    get(path) {
      const { node, last } = walk(path);
      return node[last];
    },
    set(path, value) {
      const { node, last } = walk(path);
      node[last] = value;
      writes.push(path);
      analysis?.update(values);
    },
    values: () => values,
    batch: (apply) => (analysis ? analysis.batch(apply) : apply()),
  };
}
