import type { ConversationRecord } from "../../../src/client/conversations/records";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, refusedBeforeAnyRequest } from "./support";

describe("Update Conversation on the sandbox", () => {
  const on = conversationsSandbox();
  const { run, create } = on;

  it("renames, replaces attributes and makes inactive, leaving empty inputs unchanged", async () => {
    const { data: created } = await create({ uniqueName: "order-9", attributes: '{"orderId": "9"}' });
    const { data } = await run<{ data: ConversationRecord }>("updateConversation", {
      conversation: "order-9",
      friendlyName: "Order 9 (escalated)",
      attributes: '{"orderId": "9", "tier": "gold"}',
      state: "inactive",
    });
    expect(data).toMatchObject({
      sid: created.sid,
      uniqueName: "order-9",
      friendlyName: "Order 9 (escalated)",
      attributes: { orderId: "9", tier: "gold" },
      state: "inactive",
    });
    expect(on.kept()?.conversations).toEqual([expect.objectContaining({ sid: created.sid, state: "inactive" })]);

    const { data: unchanged } = await run<{ data: ConversationRecord }>("updateConversation", { conversation: created.sid, state: "" });
    expect(unchanged).toMatchObject({ friendlyName: "Order 9 (escalated)", state: "inactive", attributes: { orderId: "9", tier: "gold" } });
  });

  it("refuses a state Twilio does not have, sending nothing", async () => {
    const { data: created } = await create();
    const before = on.sandbox.requests.length;
    const error = await failureOf(run("updateConversation", { conversation: created.sid, state: "archived" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "State"');
    expect(on.sandbox.requests).toHaveLength(before);
    expect(on.kept()?.conversations[0].state).toBe("active");
  });
});

describe("Update Conversation inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    ["a bad timer", "updateConversation", { conversation: "order-1", timerClosed: "1 day" }, 'Input "Closed After"'],
    ["attributes that are not JSON", "updateConversation", { conversation: "order-1", attributes: "{tier: gold}" }, 'Input "Attributes"'],
  ]);
});
