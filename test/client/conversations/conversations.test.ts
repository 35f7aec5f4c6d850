import {
  conversationChoices,
  conversationServiceChoices,
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  updateConversation,
} from "../../../src/client/conversations/conversations";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Conversations on the sandbox's Conversations v1 (spec-checked), in the default service and in a named one. */
describe("conversations", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const lastForm = () => on.sandbox.requests.filter((request) => request.method === "POST").at(-1)?.form;

  it("creates one with its fields under Twilio's names, attributes as JSON, and reads it by SID or unique name", async () => {
    const created = await createConversation(
      client(),
      {},
      { friendlyName: "Order 1234", uniqueName: "order-1234", attributes: { order: 1234 } },
    );
    expect(Object.fromEntries(lastForm() ?? [])).toEqual({
      FriendlyName: "Order 1234",
      UniqueName: "order-1234",
      Attributes: '{"order":1234}',
    });
    expect(created).toMatchObject({ accountSid: ACCOUNT_SID, friendlyName: "Order 1234", state: "active", attributes: { order: 1234 } });
    expect(await getConversation(client(), { conversation: "order-1234" })).toEqual(created);
    expect(await getConversation(client(), { conversation: created.sid })).toEqual(created);
  });

  it("sends State active with timers on create, as Twilio requires", async () => {
    const created = await createConversation(client(), {}, { friendlyName: "Timed", timerInactive: "PT10M" });
    expect(Object.fromEntries(lastForm() ?? [])).toEqual({ FriendlyName: "Timed", State: "active", "Timers.Inactive": "PT10M" });
    expect(created.timers.dateInactive).toEqual(expect.any(String));
  });

  it("updates only the fields given, lists by state, and deletes", async () => {
    const first = await createConversation(client(), {}, { friendlyName: "First" });
    await createConversation(client(), {}, { friendlyName: "Second" });
    expect(await updateConversation(client(), { conversation: first.sid }, { state: "closed" })).toMatchObject({
      friendlyName: "First",
      state: "closed",
    });
    expect(Object.fromEntries(lastForm() ?? [])).toEqual({ State: "closed" });
    expect((await listConversations(client(), { state: "closed" }, { limit: 10 })).items.map((one) => one.sid)).toEqual([first.sid]);
    expect((await listConversations(client(), {}, { limit: 10 })).items).toHaveLength(2);

    expect(await deleteConversation(client(), { conversation: first.sid })).toEqual({ deleted: true, conversation: first.sid });
    const gone = await failureOf(getConversation(client(), { conversation: first.sid }));
    expect(gone.message).toContain("20404");
  });

  it("keeps a conversation of another service under that service only", async () => {
    const inDefault = await createConversation(client(), {}, { friendlyName: "Default" });
    const service = (await requestService("Support desk")).sid;
    const created = await createConversation(client(), { serviceSid: service }, { friendlyName: "Desk" });
    expect(created.chatServiceSid).toBe(service);
    expect(on.sandbox.requests.at(-1)?.path).toBe(`/conversations/v1/Services/${service}/Conversations`);
    expect((await listConversations(client(), { serviceSid: service }, { limit: 10 })).items.map((one) => one.sid)).toEqual([created.sid]);
    expect((await listConversations(client(), {}, { limit: 10 })).items.map((one) => one.sid)).toEqual([inDefault.sid]);
    expect(await conversationChoices(client(), { serviceSid: service })).toEqual([
      { key: created.sid, label: `Desk · active (${created.sid})` },
    ]);
    expect((await conversationServiceChoices(client())).map((choice) => choice.label)).toContain(`Support desk (${service})`);
  });

  async function requestService(friendlyName: string): Promise<{ sid: string }> {
    const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64");
    const response = await fetch(`${on.sandbox.url}/conversations/v1/Services`, {
      method: "POST",
      body: new URLSearchParams({ FriendlyName: friendlyName }),
      headers: { authorization: `Basic ${basic}` },
    });
    return (await response.json()) as { sid: string };
  }
});
