import type { ParticipantRecord } from "../../../src/client/conversations/records";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("List Conversation Participants on the sandbox", () => {
  const on = conversationsSandbox();
  const { run, create } = on;

  it("lists one conversation's participants in bounded pages that Continue From resumes", async () => {
    const { data: conversation } = await create({ uniqueName: "order-3" });
    const { data: other } = await create({ friendlyName: "Other" });
    for (const identity of ["agent.ann", "agent.bob", "agent.cy"]) {
      await run("addConversationParticipant", { conversation: conversation.sid, identity });
    }
    await run("addConversationParticipant", { conversation: other.sid, identity: "agent.dee" });
    expect(on.kept()?.participants).toHaveLength(4);

    const first = await run<List<ParticipantRecord>>("listConversationParticipants", { conversation: "order-3", limit: "2" });
    expect(first.data.items.map((one) => one.identity)).toEqual(["agent.ann", "agent.bob"]);
    expect(first.data.items.every((one) => one.conversationSid === conversation.sid)).toBe(true);
    expect(first.data.hasMore).toBe(true);
    const rest = await run<List<ParticipantRecord>>("listConversationParticipants", {
      conversation: "order-3",
      limit: "2",
      continueFrom: first.data.nextPageUri,
    });
    expect(rest.data.items.map((one) => one.identity)).toEqual(["agent.cy"]);
    expect(rest.data.hasMore).toBe(false);
  });

  it("refuses a Continue From of another list, sending nothing", async () => {
    const { data: conversation } = await create();
    const before = on.sandbox.requests.length;
    const error = await failureOf(run("listConversationParticipants", { conversation: conversation.sid, continueFrom: "/v1/Services" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(on.sandbox.requests).toHaveLength(before);
  });
});

describe("List Conversation Participants inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    ["no conversation", "listConversationParticipants", {}, 'Input "Conversation"'],
    ["a limit over the maximum", "listConversationParticipants", { conversation: "order-1", limit: "100000" }, 'Input "Limit"'],
  ]);
});
