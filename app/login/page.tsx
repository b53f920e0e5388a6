import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { currentCtx } from '@/lib/server/auth/current-actor';

export default async function LoginPage() {
  if (await currentCtx()) redirect('/reports');
  return <SignInForm />;
}
