// Verb: a signed-in user changes their own password (which ends a forced change after a reset); other
// sessions of theirs end.
import { writeAudit } from '../data/audit';
import { ZPassword } from '../data/accounts';
import { ServerError, type Ctx } from '../context';
import { parseInput } from '../parse-input';
import { hashPassword, verifyPassword } from './password';

export async function changePassword(ctx: Ctx, current: string, next: string, keepToken: string | undefined): Promise<void> {
  const password = parseInput(ZPassword, next, '新密码');
  if (next === current) throw new ServerError(400, '新密码不能与当前密码相同');
  const [user] = await ctx.db.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE id = $1', [ctx.actor.id]);
  if (!(await verifyPassword(current, user?.password_hash ?? null))) throw new ServerError(400, '当前密码不正确');
  const hash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $1, must_change_password = false WHERE id = $2', [hash, ctx.actor.id]);
    await tx.query(
      `DELETE FROM sessions WHERE user_id = $1 AND token_hash <> encode(sha256(convert_to($2, 'UTF8')), 'hex')`,
      [ctx.actor.id, keepToken ?? ''],
    );
    await writeAudit(tx, { actor: ctx.actor.id, action: 'auth.change-password' });
  });
}
