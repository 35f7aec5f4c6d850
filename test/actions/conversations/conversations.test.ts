import type { Element } from "@prismatic-io/spectral";
import type { ConversationMessageRecord, ConversationRecord, ParticipantRecord } from "../../../src/client/conversations/records";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

type List<T> = { data: { items: T[]; nextPageUri: string | null; hasMore: boolean } };

describe("Conversations on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());

  const run = <T>(key: string, inputs: Record<string, unknown>, instanceState: Record<string, unknown> = {}) =>
    harness.action(key, { twilioConnection: authTokenConnection(sandbox.url), ...inputs }, { instanceState }) as Promise<T>;
  const create = (inputs: Record<string, unknown> = {}) =>
    run<{ data: ConversationRecord }>("createConversation", { friendlyName: "Order 1234 support", ...inputs });
  const sent = () => sandbox.requests.filter((request) => request.method === "POST" && request.path.includes("/Messages"));

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

  it("deletes only with Confirm Delete", async () => {
    const { data } = await create();
    const unconfirmed = await failureOf(run("deleteConversation", { conversation: data.sid }));
    expect(unconfirmed.message).toContain('Input "Confirm Delete"');
    await run("deleteConversation", { conversation: data.sid, confirmDelete: true });
    expect((await failureOf(run("getConversation", { conversation: data.sid }))).message).toContain("20404");
  });

  it("pickers list conversations and services", async () => {
    const { data } = await create();
    const conversations = (await harness.dataSource("selectConversation", { connection: authTokenConnection(sandbox.url) })) as {
      result: Element[];
    };
    expect(conversations.result).toEqual([{ key: data.sid, label: `Order 1234 support · active (${data.sid})` }]);
    const services = (await harness.dataSource("selectConversationService", { connection: authTokenConnection(sandbox.url) })) as {
      result: Element[];
    };
    expect(services.result).toEqual([{ key: data.chatServiceSid, label: `Default Conversations Service (${data.chatServiceSid})` }]);
  });
});

describe("Conversations inputs refused before any request", () => {
  const run = (key: string, inputs: Record<string, unknown>) =>
    harness.action(key, { twilioConnection: authTokenConnection("http://127.0.0.1:9"), ...inputs });

  it.each([
    ["a path in a conversation name", "getConversation", { conversation: "../Services" }, 'Input "Conversation"'],
    ["a query in a conversation name", "getConversation", { conversation: "x?PageSize=1" }, 'Input "Conversation"'],
    ["a wrong service SID", "listConversations", { conversationService: "IS123" }, 'Input "Conversation Service"'],
    [
      "a wrong participant SID",
      "removeConversationParticipant",
      { conversation: "CH" + "0".repeat(32), participantSid: "../x" },
      'Input "Participant SID"',
    ],
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
    ["a bad timer", "createConversation", { timerInactive: "30 minutes" }, 'Input "Inactive After"'],
  ])("%s", async (_name, key, inputs, expected) => {
    const error = await failureOf(run(key, inputs));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(expected);
  });
});
