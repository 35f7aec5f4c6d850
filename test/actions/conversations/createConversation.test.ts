import type { ConversationRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("Create Conversation on the sandbox", () => {
  const { run, create } = conversationsSandbox();

  it("creates a conversation, finds it by unique name, updates and lists it by state", async () => {
    const { data } = await create({ uniqueName: "order-1234", attributes: '{"orderId": "1234"}', timerInactive: "PT30M" });
    expect(data).toMatchObject({ sid: expect.stringMatching(/^CH/), state: "active", attributes: { orderId: "1234" } });
    expect(data.timers.dateInactive).not.toBeNull();
    const byName = await run<{ data: ConversationRecord }>("getConversation", { conversation: "order-1234" });
    expect(byName.data.sid).toBe(data.sid);
    await run("updateConversation", { conversation: data.sid, state: "closed" });
    await create({ friendlyName: "Still open" });
    const closed = await run<List<ConversationRecord>>("listConversations", { state: "closed" });
    expect(closed.data.items.map((one) => one.sid)).toEqual([data.sid]);
    const closedAgain = await failureOf(run("updateConversation", { conversation: data.sid, friendlyName: "x" }));
    expect(closedAgain).toBeInstanceOf(TwilioApiError);
    expect(closedAgain.message).toContain("50377");
  });
});

describe("Create Conversation inputs refused before any request", () => {
  refusedBeforeAnyRequest([["a bad timer", "createConversation", { timerInactive: "30 minutes" }, 'Input "Inactive After"']]);
});
