'use server';
import { revalidatePath } from 'next/cache';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { addOrgan, addUser } from '@/lib/server/admin-verbs';
import { ServerError } from '@/lib/server/context';

export type FormState = { error?: string; ok?: string };

async function attempt(run: () => Promise<string>): Promise<FormState> {
  try {
    const ok = await run();
    revalidatePath('/admin');
    return { ok };
  } catch (e) {
    if (e instanceof ServerError) return { error: e.message };
    throw e;
  }
}

export async function addOrganAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await requireCtx();
  return attempt(async () => {
    await addOrgan(ctx, {
      name: form.get('name'), level: form.get('level'), parentId: form.get('parentId') || null,
      deadlineOverride: form.get('deadlineOverride') || null,
    });
    return `已添加机关「${String(form.get('name'))}」`;
  });
}

export async function addUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const ctx = await requireCtx();
  return attempt(async () => {
    await addUser(ctx, {
      username: form.get('username'), displayName: form.get('displayName'), password: form.get('password'),
      organId: form.get('organId'), roles: form.getAll('roles'),
    });
    return `已添加用户「${String(form.get('username'))}」`;
  });
}
