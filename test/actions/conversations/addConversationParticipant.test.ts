import type { ParticipantRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("Add Conversation Participant on the sandbox", () => {
  const { run, create } = conversationsSandbox();

  it("a participant added is listed; the same address and proxy in another open conversation is Twilio's 50416, explained", async () => {
    const { data: conversation } = await create();
    const { data: added } = await run<{ data: ParticipantRecord }>("addConversationParticipant", {
      conversation: conversation.sid,
      address: "+1 (555) 867-5310",
      proxyAddress: "+15017122661",
    });
    expect(added).toMatchObject({ sid: expect.stringMatching(/^MB/), address: "+15558675310", proxyAddress: "+15017122661" });
    await run("addConversationParticipant", { conversation: conversation.sid, identity: "agent.jane" });
    const listed = await run<List<ParticipantRecord>>("listConversationParticipants", { conversation: conversation.sid });
    expect(listed.data.items.map((one) => one.address ?? one.identity)).toEqual(["+15558675310", "agent.jane"]);

    const { data: other } = await create({ friendlyName: "Another" });
    const taken = await failureOf(
      run("addConversationParticipant", { conversation: other.sid, address: "+15558675310", proxyAddress: "+15017122661" }),
    );
    expect(taken).toBeInstanceOf(TwilioApiError);
    expect(taken.message).toMatch(/50416.*another open conversation through the same Twilio number/);

    await run("removeConversationParticipant", { conversation: conversation.sid, participantSid: added.sid });
    const after = await run<List<ParticipantRecord>>("listConversationParticipants", { conversation: conversation.sid });
    expect(after.data.items.map((one) => one.identity)).toEqual(["agent.jane"]);
  });
});

describe("Add Conversation Participant inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    [
      "an address without a proxy",
      "addConversationParticipant",
      { conversation: "order-1", address: "+15558675310" },
      'Input "Proxy Address"',
    ],
    [
      "WhatsApp through an SMS number",
      "addConversationParticipant",
      { conversation: "order-1", address: "whatsapp:+15558675310", proxyAddress: "+15017122661" },
      'Input "Proxy Address"',
    ],
  ]);
});
