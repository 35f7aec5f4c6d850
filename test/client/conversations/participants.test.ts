import { createConversation } from "../../../src/client/conversations/conversations";
import { addParticipant, listParticipants, removeParticipant } from "../../../src/client/conversations/participants";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Participants on the sandbox's Conversations v1 (spec-checked). */
describe("conversation participants", () => {
  let conversation: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    conversation = (await createConversation(client(), {}, { friendlyName: "Order 1234" })).sid;
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const lastForm = () => Object.fromEntries(on.sandbox.requests.at(-1)?.form ?? []);

  it("adds an SMS participant by its messaging binding and a chat participant by identity, and lists them", async () => {
    const texting = await addParticipant(client(), { conversation }, { address: "+15558675310", proxyAddress: "+15017122661" });
    expect(lastForm()).toEqual({ "MessagingBinding.Address": "+15558675310", "MessagingBinding.ProxyAddress": "+15017122661" });
    expect(texting).toMatchObject({ conversationSid: conversation, address: "+15558675310", proxyAddress: "+15017122661", identity: null });

    const agent = await addParticipant(client(), { conversation }, { identity: "agent.jane", attributes: { role: "agent" } });
    expect(lastForm()).toEqual({ Identity: "agent.jane", Attributes: '{"role":"agent"}' });
    expect(agent).toMatchObject({ identity: "agent.jane", address: null, attributes: { role: "agent" } });

    const { items, hasMore } = await listParticipants(client(), { conversation }, { limit: 10 });
    expect(items.map((participant) => participant.sid).sort()).toEqual([texting.sid, agent.sid].sort());
    expect(hasMore).toBe(false);
  });

  it("an address already reached through that proxy in another open conversation is Twilio's 50416", async () => {
    const other = (await createConversation(client(), {}, { friendlyName: "Other" })).sid;
    await addParticipant(client(), { conversation }, { address: "+15558675310", proxyAddress: "+15017122661" });
    const error = await failureOf(
      addParticipant(client(), { conversation: other }, { address: "+15558675310", proxyAddress: "+15017122661" }),
    );
    expect(error.message).toContain("50416");
  });

  it("removes a participant by its SID, and refuses what is no participant SID before any request", async () => {
    const { sid } = await addParticipant(client(), { conversation }, { identity: "agent.jane" });
    expect(await removeParticipant(client(), { conversation }, sid)).toEqual({ removed: true, participantSid: sid });
    expect((await listParticipants(client(), { conversation }, { limit: 10 })).items).toEqual([]);

    const before = on.sandbox.requests.length;
    const error = await failureOf(removeParticipant(client(), { conversation }, "../../Conversations"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "ParticipantSid"');
    expect(on.sandbox.requests.length).toBe(before);
  });
});
