import { failureOf } from "../../support/harness";
import { conversationsSandbox } from "./support";

describe("Delete Conversation on the sandbox", () => {
  const { run, create } = conversationsSandbox();

  it("deletes only with Confirm Delete", async () => {
    const { data } = await create();
    const unconfirmed = await failureOf(run("deleteConversation", { conversation: data.sid }));
    expect(unconfirmed.message).toContain('Input "Confirm Delete"');
    await run("deleteConversation", { conversation: data.sid, confirmDelete: true });
    expect((await failureOf(run("getConversation", { conversation: data.sid }))).message).toContain("20404");
  });
});
