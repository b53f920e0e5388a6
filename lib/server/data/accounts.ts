// Organs, users and roles: validation and the inserts shared by the admin verbs and the command line.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../../db/types';
import { ZLevel } from '../../domain/model';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import { ServerError, type Role } from '../context';

export const ZRole = z.enum(['clerk', 'supervisor', 'admin']);
export const ZPassword = z.string().min(MIN_PASSWORD_LENGTH, `密码至少${MIN_PASSWORD_LENGTH}位`).max(200, '密码过长');

/** Control characters (NUL among them: PostgreSQL refuses it) and half a surrogate pair (stored mangled). */
const hasUnsafeCharacter = (s: string) => [...s].some((c) => {
  const cp = c.codePointAt(0) ?? 0;
  return cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff);
});

/** A name typed at sign-in: refused by its field before anything is looked up or counted. */
export const ZSignInName = z.string().trim().min(1, '请输入用户名').max(100, '用户名过长（最多100个字符）')
  .refine((s) => !hasUnsafeCharacter(s), '用户名含有控制字符（如 NUL）或无效的 Unicode 字符');

export const ZNewOrgan = z.object({
  name: z.string().trim().min(2, '请填写机关全称').max(100, '机关名称过长'),
  level: ZLevel,
  parentId: z.string().min(1).nullable().default(null),
  deadlineOverride: z.string().regex(/^\d{2}-\d{2}$/, '期限格式为 MM-DD').nullable().default(null),
});

export const ZNewUser = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{2,40}$/, '用户名为2–40位字母、数字或 _ . -'),
  displayName: z.string().trim().min(1, '请填写姓名').max(40, '姓名过长').refine((s) => !hasUnsafeCharacter(s), '姓名含有控制字符或无效的 Unicode 字符'),
  password: ZPassword,
  organId: z.string().min(1, '请选择机关'),
  roles: z.array(ZRole).min(1, '至少选择一个角色'),
});

/** The names the admin page's fields and the command line's options go by, for input messages (parse-input.ts). */
export const NEW_ORGAN_FIELDS = { name: '机关全称', level: '级别', parentId: '上级机关', deadlineOverride: '自定发布期限' } as const;
export const NEW_USER_FIELDS = { username: '用户名', displayName: '姓名', password: '初始密码', organId: '所属机关', roles: '角色' } as const;

export async function insertOrgan(tx: Queryable, organ: z.infer<typeof ZNewOrgan>): Promise<string> {
  const [clash] = await tx.query('SELECT 1 FROM organs WHERE name = $1', [organ.name]);
  if (clash) throw new ServerError(409, `机关「${organ.name}」已存在`);
  const id = randomUUID();
  await tx.query('INSERT INTO organs (id, name, level, parent_id, deadline_override) VALUES ($1, $2, $3, $4, $5)', [
    id, organ.name, organ.level, organ.parentId, organ.deadlineOverride,
  ]);
  return id;
}

export async function insertUser(tx: Queryable, user: z.infer<typeof ZNewUser>): Promise<string> {
  const [clash] = await tx.query('SELECT 1 FROM users WHERE username = $1', [user.username]);
  if (clash) throw new ServerError(409, `用户名「${user.username}」已被使用`);
  const id = randomUUID();
  await tx.query('INSERT INTO users (id, username, display_name, password_hash) VALUES ($1, $2, $3, $4)', [
    id, user.username, user.displayName, await hashPassword(user.password),
  ]);
  await grantRoles(tx, id, user.organId, user.roles);
  return id;
}

export async function grantRoles(tx: Queryable, userId: string, organId: string, roles: Role[]): Promise<void> {
  for (const role of roles) {
    await tx.query('INSERT INTO memberships (user_id, organ_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, organId, role]);
  }
}
