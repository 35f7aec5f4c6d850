import type { ConversationRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, refusedBeforeAnyRequest } from "./support";

describe("Get Conversation on the sandbox", () => {
  const on = conversationsSandbox();
  const { run, create } = on;

  it("reads a conversation by SID or unique name as the sandbox keeps it; one that does not exist is Twilio's 20404", async () => {
    const { data: created } = await create({ uniqueName: "order-77", attributes: '{"orderId": "77"}' });
    const bySid = await run<{ data: ConversationRecord }>("getConversation", { conversation: created.sid });
    const byName = await run<{ data: ConversationRecord }>("getConversation", { conversation: "order-77" });
    expect(bySid.data).toEqual(byName.data);
    expect(bySid.data).toMatchObject({
      sid: created.sid,
      uniqueName: "order-77",
      friendlyName: "Order 1234 support",
      state: "active",
      attributes: { orderId: "77" },
    });
    expect(on.kept()?.conversations.map((one) => one.sid)).toEqual([created.sid]);
    expect(on.sandbox.requests.filter((request) => request.method === "GET").map((request) => request.path)).toEqual([
      `/conversations/v1/Conversations/${created.sid}`,
      "/conversations/v1/Conversations/order-77",
    ]);

    const missing = await failureOf(run("getConversation", { conversation: "order-78" }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });
});

describe("Get Conversation inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    ["a path in a conversation name", "getConversation", { conversation: "../Services" }, 'Input "Conversation"'],
    ["a query in a conversation name", "getConversation", { conversation: "x?PageSize=1" }, 'Input "Conversation"'],
    ["no conversation", "getConversation", { conversation: "" }, 'Input "Conversation"'],
  ]);
});
