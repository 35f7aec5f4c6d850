import type { ConversationRecord } from "../../../src/client/conversations/records";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

export type List<T> = { data: { items: T[]; nextPageUri: string | null; hasMore: boolean } };

/**
 * A sandbox of the test's own for each case, on a stopped clock, and the component's actions on it:
 * `run` an action, `create` a conversation, `sent` the message creates the sandbox received.
 */
export function conversationsSandbox() {
  const on = sandboxPerCase();

  const run = <T>(key: string, inputs: Record<string, unknown>, instanceState: Record<string, unknown> = {}) =>
    harness.action(key, { twilioConnection: authTokenConnection(on.sandbox.url), ...inputs }, { instanceState }) as Promise<T>;
  const create = (inputs: Record<string, unknown> = {}) =>
    run<{ data: ConversationRecord }>("createConversation", { friendlyName: "Order 1234 support", ...inputs });
  const sent = () => on.sandbox.requests.filter((request) => request.method === "POST" && request.path.includes("/Messages"));
  /** What the sandbox keeps for the tests' account: its conversations, participants and messages. */
  const kept = () =>
    on.sandbox.inspect<{
      conversations: { sid: string; state: string; fields: Record<string, unknown> }[];
      participants: { sid: string; conversationSid: string; identity: string | null; address: string | null }[];
      messages: { sid: string; conversationSid: string; body: string | null }[];
    }>("conversations", ACCOUNT_SID);
  return {
    kept,
    get sandbox() {
      return on.sandbox;
    },
    run,
    create,
    sent,
  };
}

/** Cases of inputs an action refuses before any request: no server listens at the connection's Base URL. */
export function refusedBeforeAnyRequest(cases: [string, string, Record<string, unknown>, string][]) {
  const run = (key: string, inputs: Record<string, unknown>) =>
    harness.action(key, { twilioConnection: authTokenConnection("http://127.0.0.1:9"), ...inputs });

  it.each(cases)("%s", async (_name, key, inputs, expected) => {
    const error = await failureOf(run(key, inputs));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(expected);
  });
}
