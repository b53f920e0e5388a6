'use server';
import { redirect } from 'next/navigation';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ReportExists, ServerError } from '@/lib/server/context';
import { createReport } from '@/lib/server/create-report';

export type CreateReportState = { error?: string; existingReportId?: string };

export async function createReportAction(_prev: CreateReportState, form: FormData): Promise<CreateReportState> {
  const ctx = await requireCtx();
  let id: string;
  try {
    ({ id } = await createReport(ctx, { organId: form.get('organId'), year: form.get('year'), carryOver: form.get('carryOver') === 'on' }));
  } catch (e) {
    if (e instanceof ReportExists) return { error: e.message, existingReportId: e.reportId };
    if (e instanceof ServerError) return { error: e.message };
    throw e;
  }
  redirect(`/reports/${id}`);
}
