import { createOnceForKey } from "../../../src/client/claims/keyedCreate";
import { createConversation, getConversation, listConversations } from "../../../src/client/conversations/conversations";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/**
 * createOnceForKey around a real create (a conversation) on the sandbox: once per key in the flow's
 * state or in Twilio Sync, a rerun replays what the first run created.
 */
describe("createOnceForKey", () => {
  useInstantWaits();
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const handlers = (friendlyName: string) => ({
    noun: "conversation",
    create: async () => ({ ...(await createConversation(client(), {}, { friendlyName })) }),
    replay: async (prior: { sid: string }) => ({ ...(await getConversation(client(), { conversation: prior.sid })) }),
  });
  const conversations = async () => (await listConversations(client(), {}, { limit: 50 })).items;

  it("without a key, creates every time", async () => {
    await createOnceForKey(client(), { state: {} }, { name: "a" }, handlers("a"));
    await createOnceForKey(client(), { state: {}, store: "sync" }, { name: "a" }, handlers("a"));
    expect(await conversations()).toHaveLength(2);
  });

  it("in the flow's state: once per key, the state to keep returned with the first creation", async () => {
    const first = await createOnceForKey(client(), { idempotencyKey: "k1", state: {} }, { name: "a" }, handlers("a"));
    expect(first.data.replayed).toBe(false);
    expect(first.instanceState).toBeDefined();
    const rerun = await createOnceForKey(
      client(),
      { idempotencyKey: "k1", state: first.instanceState ?? {} },
      { name: "a" },
      handlers("a"),
    );
    expect(rerun.data).toMatchObject({ sid: first.data.sid, replayed: true });
    expect(await conversations()).toHaveLength(1);
  });

  it("in Twilio Sync: once per key across executions that share no state", async () => {
    const run = { idempotencyKey: "k1", store: "sync" as const, state: {} };
    const first = await createOnceForKey(client(), run, { name: "a" }, handlers("a"));
    const other = await createOnceForKey(client(), run, { name: "a" }, handlers("a"));
    expect(first.data.replayed).toBe(false);
    expect(other.data).toMatchObject({ sid: first.data.sid, replayed: true });
    expect(await conversations()).toHaveLength(1);
    expect(on.sandbox.requests.some((request) => request.path.startsWith("/sync/v1/Services/"))).toBe(true);
  });

  it("refuses the same key with other content in either store, creating nothing more", async () => {
    for (const store of ["flowState", "sync"] as const) {
      const first = await createOnceForKey(client(), { idempotencyKey: `k-${store}`, store, state: {} }, { name: "a" }, handlers("a"));
      const state = first.instanceState ?? {};
      const error = await failureOf(
        createOnceForKey(client(), { idempotencyKey: `k-${store}`, store, state }, { name: "b" }, handlers("b")),
      );
      expect(error.message).toMatch(/^Input "idempotencyKey": expected a key not used for other content/);
    }
    expect(await conversations()).toHaveLength(2);
  });
});
