import type { Element } from "@prismatic-io/spectral";
import { EVENT_TYPES } from "../../sandbox/products/events";
import { actionsPerCase } from "../actions/support";
import { authTokenConnection, failureOf, harness } from "../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback";

const DELIVERED = "com.twilio.messaging.message.delivered";

const pick = async (baseUrl: string) =>
  ((await harness.dataSource("selectEventTypes", { connection: authTokenConnection(baseUrl) })) as { result: Element[] }).result;

describe("Select Event Types on the sandbox", () => {
  const on = actionsPerCase();

  it("selectEventTypes lists Twilio's catalogue grouped by product", async () => {
    const { result } = (await harness.dataSource("selectEventTypes", { connection: authTokenConnection(on.sandbox.url) })) as {
      result: Element[];
    };
    expect(result).toContainEqual({ key: DELIVERED, label: `Messaging · Outbound message delivered (${DELIVERED})` });
    expect(result.map((one) => one.label?.split(" · ")[0])).toEqual([...result.map((one) => one.label?.split(" · ")[0])].sort());
  });

  it("follows the catalogue's pages, leaves discontinued types out, shows a status other than available, and sorts by label", async () => {
    const BETA = "com.twilio.voice.insights.call-summary.complete";
    await on.sandbox.control("POST", "events/types", { Type: BETA, SchemaId: "VoiceInsights.CallSummary", Status: "beta" });
    await on.sandbox.control("POST", "events/types", {
      Type: "com.twilio.messaging.message.queued-old",
      Description: "Old queue event",
      Status: "discontinued",
    });
    on.sandbox.maxPageSize = 5;
    const result = await pick(on.sandbox.url);
    expect(result.map((one) => one.key).sort()).toEqual([...EVENT_TYPES.map((known) => known.type), BETA].sort());
    expect(result).toContainEqual({
      key: "com.twilio.conversations.message.added",
      label: "Conversations · Conversation message added (com.twilio.conversations.message.added)",
    });
    expect(result).toContainEqual({ key: DELIVERED, label: `Messaging · Outbound message delivered (${DELIVERED})` });
    expect(result).toContainEqual({ key: BETA, label: `Voice · ${BETA} (${BETA}, beta)` });
    const labels = result.map((one) => one.label ?? "");
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    // Types have no SID to continue after: Twilio's links page by number.
    expect(on.sandbox.requests.map((request) => `${request.path}?${request.query}`)).toEqual([
      "/events/v1/Types?PageSize=1000",
      "/events/v1/Types?PageSize=5&Page=1",
      "/events/v1/Types?PageSize=5&Page=2",
    ]);
  });
});

// Scripted: a next-page link off Twilio is an answer only a host posing as Twilio gives; the sandbox's links stay on Twilio.
describe("Select Event Types over a scripted catalogue page", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const type = (name: string, description: string | null, status = "available") => ({ type: name, description, status });

  it("never follows a next-page link off the catalogue with the connection's credentials", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        types: [type(DELIVERED, "Outbound message delivered")],
        meta: { next_page_url: "https://collector.example.com/v1/Types?PageToken=PT2" },
      },
    }));
    const error = await failureOf(pick(server.url));
    expect(error.message).toContain("https://collector.example.com/v1/Types?PageToken=PT2");
    expect(server.requests).toHaveLength(1);
  });
});
