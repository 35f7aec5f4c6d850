import type { ConversationMessageRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("Send Conversation Message on the sandbox", () => {
  useInstantWaits();
  const on = conversationsSandbox();
  const { run, create, sent } = on;

  it("a message sent is listed, oldest or newest first; a rerun with the same key sends nothing", async () => {
    const { data: conversation } = await create();
    const send = (body: string, state: Record<string, unknown> = {}, key?: string) =>
      run<{ data: ConversationMessageRecord & { replayed: boolean }; instanceState?: Record<string, unknown> }>(
        "sendConversationMessage",
        { conversation: conversation.sid, author: "agent.jane", body, idempotencyKey: key },
        state,
      );
    const first = await send("Your order has shipped.", {}, "order-1234-shipped");
    expect(first.data).toMatchObject({ sid: expect.stringMatching(/^IM/), index: 0, body: "Your order has shipped.", replayed: false });
    const again = await send("Your order has shipped.", first.instanceState, "order-1234-shipped");
    expect(again.data).toMatchObject({ sid: first.data.sid, replayed: true });
    await send("It arrives tomorrow.");
    const oldest = await run<List<ConversationMessageRecord>>("listConversationMessages", { conversation: conversation.sid });
    expect(oldest.data.items.map((one) => one.body)).toEqual(["Your order has shipped.", "It arrives tomorrow."]);
    const newest = await run<List<ConversationMessageRecord>>("listConversationMessages", {
      conversation: conversation.sid,
      order: "desc",
      limit: "1",
    });
    expect(newest.data.items.map((one) => one.body)).toEqual(["It arrives tomorrow."]);
    expect(newest.data.hasMore).toBe(true);
  });

  it("refuses to send, sending nothing, when an SMS participant opted out (replied STOP), until they text START", async () => {
    const { sandbox } = on;
    const { data: conversation } = await create();
    await run("addConversationParticipant", { conversation: conversation.sid, address: "+15558675310", proxyAddress: "+15017122661" });
    await sandbox.control("POST", "incoming/messages", { AccountSid: ACCOUNT_SID, From: "+15558675310", To: "+15017122661", Body: "stop" });
    const before = sent().length;
    const refused = await failureOf(run("sendConversationMessage", { conversation: conversation.sid, body: "Hello" }));
    expect(refused).toBeInstanceOf(TwilioApiError);
    expect(refused.message).toMatch(/Not sent: \+15558675310 opted out.*21610/);
    expect(sent().length).toBe(before);
    await sandbox.clock.advance(1_000);
    await sandbox.control("POST", "incoming/messages", {
      AccountSid: ACCOUNT_SID,
      From: "+15558675310",
      To: "+15017122661",
      Body: "START",
    });
    const { data } = await run<{ data: ConversationMessageRecord }>("sendConversationMessage", {
      conversation: conversation.sid,
      body: "Hello",
    });
    expect(data.body).toBe("Hello");
  });
});

describe("Send Conversation Message inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    [
      "a body over 1600 characters",
      "sendConversationMessage",
      { conversation: "order-1", body: "x".repeat(1601) },
      'Input "Body": expected at most 1600',
    ],
    ["no content", "sendConversationMessage", { conversation: "order-1" }, 'Input "Body"'],
    [
      "variables without a template",
      "sendConversationMessage",
      { conversation: "order-1", body: "hi", contentVariables: '{"1": "x"}' },
      'Input "Content Variables"',
    ],
  ]);
});
