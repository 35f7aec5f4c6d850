import type { Element } from "@prismatic-io/spectral";
import { InputError } from "../../src/client/transport/errors";
import { conversationsSandbox } from "../actions/conversations/support";
import { authTokenConnection, failureOf, harness } from "../support/harness";

describe("Select Conversation on the sandbox", () => {
  const on = conversationsSandbox();
  const { create } = on;
  const pick = async (key: string, inputs: Record<string, unknown> = {}) =>
    ((await harness.dataSource(key, { connection: authTokenConnection(on.sandbox.url), ...inputs })) as { result: Element[] }).result;

  it("pickers list conversations and services", async () => {
    const { data } = await create();
    const conversations = (await harness.dataSource("selectConversation", { connection: authTokenConnection(on.sandbox.url) })) as {
      result: Element[];
    };
    expect(conversations.result).toEqual([{ key: data.sid, label: `Order 1234 support · active (${data.sid})` }]);
    const services = (await harness.dataSource("selectConversationService", { connection: authTokenConnection(on.sandbox.url) })) as {
      result: Element[];
    };
    expect(services.result).toEqual([{ key: data.chatServiceSid, label: `Default Conversations Service (${data.chatServiceSid})` }]);
  });

  it("labels newest first with the name, the unique name when there is no friendly name, and the state", async () => {
    const { data: first } = await create({ friendlyName: "", uniqueName: "order-42" });
    const { data: second } = await create({ friendlyName: "Refund" });
    await on.run("updateConversation", { conversation: second.sid, state: "closed" });
    expect(await pick("selectConversation")).toEqual([
      { key: second.sid, label: `Refund · closed (${second.sid})` },
      { key: first.sid, label: `order-42 · active (${first.sid})` },
    ]);
  });

  it("lists the chosen service's conversations, and refuses a service that is no SID before any request", async () => {
    const { data } = await create();
    expect(await pick("selectConversation", { conversationService: data.chatServiceSid })).toEqual([
      expect.objectContaining({ key: data.sid }),
    ]);
    const before = on.sandbox.requests.length;
    const error = await failureOf(pick("selectConversation", { conversationService: "support desk" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Conversation Service"');
    expect(on.sandbox.requests).toHaveLength(before);
  });
});
