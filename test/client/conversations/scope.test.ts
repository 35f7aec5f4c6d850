import { createConversation } from "../../../src/client/conversations/conversations";
import { conversationPath, readConversationsList, scopePath } from "../../../src/client/conversations/scope";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const SERVICE = `IS${"0123456789abcdef".repeat(2)}`;
const CONVERSATION = `CH${"0123456789abcdef".repeat(2)}`;

describe("conversation paths", () => {
  it("act on the default service without a service, and under /v1/Services/IS... with one", () => {
    expect(scopePath({})).toBe("/v1");
    expect(scopePath({ serviceSid: SERVICE })).toBe(`/v1/Services/${SERVICE}`);
    expect(conversationPath({ conversation: CONVERSATION })).toBe(`/v1/Conversations/${CONVERSATION}`);
    expect(conversationPath({ serviceSid: SERVICE, conversation: CONVERSATION })).toBe(
      `/v1/Services/${SERVICE}/Conversations/${CONVERSATION}`,
    );
  });

  it("encode a unique name as one path segment, and refuse one that could leave it", () => {
    expect(conversationPath({ conversation: "order 1234 support" })).toBe("/v1/Conversations/order%201234%20support");
    for (const name of ["../Services", "a?b", "a#b", "100%"])
      expect(() => conversationPath({ conversation: name })).toThrow(/Input "ConversationSid": expected a SID: "CH" followed by 32/);
  });

  it("refuse a service that is no Conversation Service SID, naming the input", () => {
    expect(() => scopePath({ serviceSid: "../Services" })).toThrow(InputError);
    expect(() => scopePath({ serviceSid: "../Services" })).toThrow(/Input "ChatServiceSid"/);
  });
});

/** readConversationsList against the sandbox's Conversations v1 (spec-checked). */
describe("readConversationsList", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const list = { path: "/v1/Conversations", key: "conversations", noun: "conversations" };
  const name = (body: Record<string, unknown>) => String(body.friendly_name);

  it("reads at most the limit, page by page, and continues from Twilio's next page link", async () => {
    for (const friendlyName of ["a", "b", "c", "d", "e"]) await createConversation(client(), {}, { friendlyName });
    on.sandbox.maxPageSize = 2;
    const first = await readConversationsList(client(), list, { limit: 3 }, name);
    expect(first.items).toHaveLength(3);
    expect(first.hasMore).toBe(true);
    expect(on.sandbox.requests.filter((request) => request.method === "GET")).toHaveLength(2);
    const rest = await readConversationsList(client(), list, { limit: 10, continueFrom: first.nextPageUri ?? "" }, name);
    expect([...first.items, ...rest.items].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(rest.hasMore).toBe(false);
  });

  it("passes the list's query, and asks for Conversations' largest page at most", async () => {
    await readConversationsList(client(), { ...list, query: { State: "closed" } }, { limit: 500 }, name);
    const [request] = on.sandbox.requests;
    expect([request.query.get("State"), request.query.get("PageSize")]).toEqual(["closed", "100"]);
  });

  it("follows a Continue From only on the same list, before any request", async () => {
    const other = "https://conversations.twilio.com/v1/Services?PageSize=50&Page=1";
    const error = await failureOf(readConversationsList(client(), list, { limit: 5, continueFrom: other }, name));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "next_page_uri"');
    expect(error.message).toContain("starting with /v1/Conversations?");
    expect(on.sandbox.requests).toEqual([]);
  });
});
