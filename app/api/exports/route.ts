import { writeCanonical } from '@/lib/domain/canonical';
import { isReportYear, MAX_YEAR, MIN_YEAR } from '@/lib/domain/model';
import { toCsv } from '@/lib/export/flat-tables';
import { toXlsx } from '@/lib/export/xlsx';
import { contentDisposition } from '@/lib/render/index';
import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { reportsForExport } from '@/lib/server/verbs/export-reports';
import { errorResponse } from '@/lib/server/http/http';

// GET /api/exports?organ=ID&year=2025&subtree=1&format=xlsx|csv|json
export async function GET(request: Request) {
  try {
    const ctx = await requireApiCtx();
    const url = new URL(request.url);
    const organId = url.searchParams.get('organ') ?? '';
    const year = Number(url.searchParams.get('year'));
    const format = url.searchParams.get('format') ?? 'xlsx';
    if (!isReportYear(year)) throw new ServerError(400, `「年度」须为${MIN_YEAR}至${MAX_YEAR}之间的整数`);
    const reports = await reportsForExport(ctx, organId, year, url.searchParams.get('subtree') === '1');
    const base = `${year}年政府信息公开工作年度报告数据`;
    // Exports hold unpublished numbers: never kept by a browser or a proxy.
    const noStore = { 'Cache-Control': 'private, no-store' };
    if (format === 'csv') {
      return new Response(toCsv(reports), { headers: { ...noStore, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': contentDisposition(`${base}.csv`) } });
    }
    if (format === 'json') {
      const bundle = `[\n${reports.map((r) => writeCanonical(r).trimEnd()).join(',\n')}\n]\n`;
      return new Response(bundle, { headers: { ...noStore, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': contentDisposition(`${base}.json`) } });
    }
    if (format !== 'xlsx') throw new ServerError(400, '格式须为 xlsx、csv 或 json');
    return new Response(new Uint8Array(await toXlsx(reports)), {
      headers: {
        ...noStore,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': contentDisposition(`${base}.xlsx`),
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
