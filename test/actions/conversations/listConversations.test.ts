import type { ConversationRecord } from "../../../src/client/conversations/records";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { conversationsSandbox, type List, refusedBeforeAnyRequest } from "./support";

describe("List Conversations on the sandbox", () => {
  const { run, create } = conversationsSandbox();

  it("lists in bounded pages that Continue From resumes", async () => {
    for (const name of ["a", "b", "c"]) await create({ friendlyName: name });
    const first = await run<List<ConversationRecord>>("listConversations", { limit: "2" });
    expect(first.data.items.map((one) => one.friendlyName)).toEqual(["c", "b"]);
    expect(first.data.hasMore).toBe(true);
    const rest = await run<List<ConversationRecord>>("listConversations", { limit: "2", continueFrom: first.data.nextPageUri });
    expect(rest.data.items.map((one) => one.friendlyName)).toEqual(["a"]);
    const elsewhere = await failureOf(run("listConversations", { continueFrom: "/v1/Services" }));
    expect(elsewhere).toBeInstanceOf(InputError);
  });
});

describe("List Conversations inputs refused before any request", () => {
  refusedBeforeAnyRequest([["a wrong service SID", "listConversations", { conversationService: "IS123" }, 'Input "Conversation Service"']]);
});
