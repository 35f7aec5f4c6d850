import type { ConversationMessageRecord } from "../../../src/client/conversations/records";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("List Conversation Messages on the sandbox", () => {
  const on = conversationsSandbox();
  const { run, create } = on;

  it("lists one conversation's messages oldest first in bounded pages that Continue From resumes", async () => {
    const { data: conversation } = await create({ uniqueName: "order-4" });
    const { data: other } = await create({ friendlyName: "Other" });
    for (const body of ["one", "two", "three"]) {
      await run("sendConversationMessage", { conversation: conversation.sid, author: "agent.jane", body });
    }
    await run("sendConversationMessage", { conversation: other.sid, body: "elsewhere" });
    expect(on.kept()?.messages.map((one) => one.body)).toEqual(["one", "two", "three", "elsewhere"]);

    const first = await run<List<ConversationMessageRecord>>("listConversationMessages", { conversation: "order-4", limit: "2" });
    expect(first.data.items.map((one) => [one.index, one.body, one.author])).toEqual([
      [0, "one", "agent.jane"],
      [1, "two", "agent.jane"],
    ]);
    expect(first.data.hasMore).toBe(true);
    const rest = await run<List<ConversationMessageRecord>>("listConversationMessages", {
      conversation: "order-4",
      limit: "2",
      continueFrom: first.data.nextPageUri,
    });
    expect(rest.data.items.map((one) => one.body)).toEqual(["three"]);
    expect(rest.data.hasMore).toBe(false);
  });

  it("refuses a Continue From of another list, sending nothing", async () => {
    const { data: conversation } = await create();
    const before = on.sandbox.requests.length;
    const error = await failureOf(run("listConversationMessages", { conversation: conversation.sid, continueFrom: "/v1/Services" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(on.sandbox.requests).toHaveLength(before);
  });
});

describe("List Conversation Messages inputs refused before any request", () => {
  refusedBeforeAnyRequest([
    ["a path in the conversation", "listConversationMessages", { conversation: "CH1/../../Services" }, 'Input "Conversation"'],
    ["a limit of zero", "listConversationMessages", { conversation: "order-1", limit: "0" }, 'Input "Limit"'],
  ]);
});
