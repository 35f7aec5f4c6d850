import type { TriggerPayload } from "@prismatic-io/spectral";
import { initialPollState, isPollState, type PollState } from "../client/polling/newItems";

/**
 * The one polling loop of the triggers: one poll that delivers each new item once. The first run
 * (or a state it cannot read, or a `restart`) starts from now, so the account's history is not
 * replayed; later runs deliver what `poll` finds and keep the state it returns. A poll that fails
 * keeps the state it started from.
 */
export async function pollOnce<T>(
  context: { polling: { getState(): Record<string, unknown>; setState(state: Record<string, unknown>): void } },
  payload: TriggerPayload,
  poll: (state: PollState) => Promise<{ items: T[]; state: PollState }>,
  { restart = false } = {},
) {
  const saved = context.polling.getState();
  if (restart || !isPollState(saved)) {
    context.polling.setState({ ...initialPollState(new Date()) });
    return { payload: { ...payload, body: { data: [] as T[] } }, polledNoChanges: true };
  }
  const { items, state } = await poll(saved);
  context.polling.setState({ ...state });
  return { payload: { ...payload, body: { data: items } }, polledNoChanges: items.length === 0 };
}
