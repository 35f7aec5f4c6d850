import type { ParticipantRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, refusedBeforeAnyRequest } from "./support";

describe("Remove Conversation Participant on the sandbox", () => {
  const on = conversationsSandbox();
  const { run, create } = on;

  it("removes one participant, keeps the others; removing it again is Twilio's 20404", async () => {
    const { data: conversation } = await create({ uniqueName: "order-5" });
    const add = (identity: string) =>
      run<{ data: ParticipantRecord }>("addConversationParticipant", { conversation: conversation.sid, identity });
    const { data: jane } = await add("agent.jane");
    const { data: joe } = await add("agent.joe");
    const { data } = await run<{ data: Record<string, unknown> }>("removeConversationParticipant", {
      conversation: "order-5",
      participantSid: jane.sid,
    });
    expect(data).toEqual({ removed: true, participantSid: jane.sid });
    expect(on.kept()?.participants.map((one) => one.sid)).toEqual([joe.sid]);

    const again = await failureOf(run("removeConversationParticipant", { conversation: conversation.sid, participantSid: jane.sid }));
    expect(again).toBeInstanceOf(TwilioApiError);
    expect(again.message).toContain("20404");
  });
});

describe("Remove Conversation Participant inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    [
      "a wrong participant SID",
      "removeConversationParticipant",
      { conversation: `CH${"0".repeat(32)}`, participantSid: "../x" },
      'Input "Participant SID"',
    ],
  ]);
});
