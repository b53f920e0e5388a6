import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { currentCtx } from '@/lib/server/auth/current-actor';
import { landingPath } from '@/lib/server/auth/landing';

export const metadata: Metadata = { title: '登录' };

export default async function LoginPage() {
  const ctx = await currentCtx();
  if (ctx) redirect(await landingPath(ctx.db, ctx.actor));
  return <SignInForm />;
}
