// A server action's outcome where the user is looking: the refusal as an alert, what was done as a status.
import type { ActionState } from '@/lib/views/action-state';

export function ActionOutcome({ state }: { state: ActionState<unknown> }) {
  if (state.error) return <p role="alert" className="error-text">{state.error}</p>;
  if (state.ok) return <p role="status">{state.ok}</p>;
  return null;
}
