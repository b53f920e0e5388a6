// Verb: a supervisor (or the clerk) comments on a part, a paragraph or a cell of a report.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { anchorOptions } from '../domain/comment-anchor';
import { template } from '../domain/template';
import { writeAudit } from './audit';
import type { Ctx } from './context';
import { loadReport } from './load-report';
import { parseInput } from './parse-input';
import { personText } from '../domain/typed-text';

const PART_KEYS = template.parts.map((p) => p.key as string).concat('signature');
const FIXED_ANCHORS = new Set(anchorOptions().map((o) => o.value));

export const MAX_COMMENT_CHARS = 2000;

function isValidAnchor(anchor: string): boolean {
  if (FIXED_ANCHORS.has(anchor)) return true;
  const [kind, part, index, rest] = anchor.split(':');
  return kind === 'paragraph' && PART_KEYS.includes(part) && /^\d{1,4}$/.test(index ?? '') && rest === undefined;
}

const ZInput = z.object({
  anchor: z.string().refine(isValidAnchor, '批注位置无效'),
  body: personText('批注').trim().min(1, '批注内容不能为空').max(MAX_COMMENT_CHARS, `批注不超过${MAX_COMMENT_CHARS}字`),
});

export async function addComment(ctx: Ctx, reportId: string, input: unknown): Promise<{ id: string }> {
  const { anchor, body } = parseInput(ZInput, input, { anchor: '批注位置', body: '批注内容' });
  return ctx.db.transaction(async (tx) => {
    const { record } = await loadReport(tx, ctx, reportId, { roles: ['supervisor', 'clerk'] });
    const id = randomUUID();
    await tx.query('INSERT INTO report_comments (id, report_id, anchor, body, author) VALUES ($1, $2, $3, $4, $5)', [
      id, reportId, anchor, body, ctx.actor.id,
    ]);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'comment.add', organId: record.organId, reportId, detail: { id, anchor } });
    return { id };
  });
}
