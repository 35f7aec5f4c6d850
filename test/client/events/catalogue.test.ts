import { EVENT_TYPES } from "../../../sandbox/products/events";
import { eventTypeChoices, productOf } from "../../../src/client/events/catalogue";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { startLoopbackServer } from "../../support/loopback";
import { startTestSandbox } from "../../support/sandbox";

describe("productOf", () => {
  it.each([
    ["com.twilio.messaging.message.delivered", "Messaging"],
    ["com.twilio.voice-insights.call-summary.complete", "Voice Insights"],
    ["com.twilio", "other"],
  ])("%s belongs to %s", (type, product) => {
    expect(productOf(type)).toBe(type === "com.twilio" ? "Other" : product);
  });
});

describe("eventTypeChoices", () => {
  it("labels the sandbox's catalogue by product, description and type", async () => {
    const sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
    try {
      const choices = await eventTypeChoices(getTwilioClient(authTokenConnection(sandbox.url)));
      expect(choices.map((choice) => choice.key).sort()).toEqual(EVENT_TYPES.map((known) => known.type).sort());
      const delivered = EVENT_TYPES.find((known) => known.type === "com.twilio.messaging.message.delivered");
      expect(choices).toContainEqual({ key: delivered?.type, label: `Messaging · ${delivered?.description} (${delivered?.type})` });
    } finally {
      await sandbox.close();
    }
  });

  it("leaves out the sandbox catalogue's discontinued types and shows other statuses, across its pages", async () => {
    const sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
    try {
      const BETA = "com.twilio.studio.flow.step.ended";
      await sandbox.control("POST", "events/types", { Type: BETA, SchemaId: "Studio.FlowStep", Description: "", Status: "beta" });
      await sandbox.control("POST", "events/types", {
        Type: "com.twilio.messaging.message.old",
        Description: "Old",
        Status: "discontinued",
      });
      sandbox.maxPageSize = 5;
      const choices = await eventTypeChoices(getTwilioClient(authTokenConnection(sandbox.url)));
      expect(choices.map((choice) => choice.key).sort()).toEqual([...EVENT_TYPES.map((known) => known.type), BETA].sort());
      expect(choices).toContainEqual({ key: BETA, label: `Studio · ${BETA} (${BETA}, beta)` });
      expect(sandbox.requests.length).toBeGreaterThan(1);
    } finally {
      await sandbox.close();
    }
  });

  it("leaves out discontinued types, shows other statuses, and follows next pages only within the catalogue", async () => {
    let lastLink: string | null = null;
    // Loopback, not the sandbox: the sandbox's next-page links never leave /v1/Types, as an off-catalogue link here does.
    const server = await startLoopbackServer((request) => {
      if (request.query.get("Page") === "1") return { status: 200, json: { types: [], meta: { next_page_url: lastLink } } };
      return {
        status: 200,
        json: {
          types: [
            { type: "com.twilio.messaging.message.sent", description: "Message sent", status: "available" },
            { type: "com.twilio.messaging.message.old", description: "Old", status: "discontinued" },
            { type: "com.twilio.studio.flow.step.ended", description: "", status: "beta" },
          ],
          meta: { next_page_url: "https://events.twilio.com/v1/Types?PageSize=1000&Page=1" },
        },
      };
    });
    try {
      const client = getTwilioClient(authTokenConnection(server.url));
      expect(await eventTypeChoices(client)).toEqual([
        { key: "com.twilio.messaging.message.sent", label: "Messaging · Message sent (com.twilio.messaging.message.sent)" },
        {
          key: "com.twilio.studio.flow.step.ended",
          label: "Studio · com.twilio.studio.flow.step.ended (com.twilio.studio.flow.step.ended, beta)",
        },
      ]);
      lastLink = "https://api.twilio.com/2010-04-01/Accounts.json";
      const error = await failureOf(eventTypeChoices(client));
      expect(error.message).toContain('"next_page_uri"');
      expect(server.requests.map((request) => request.path)).toEqual(Array(4).fill("/events/v1/Types"));
    } finally {
      await server.close();
    }
  });
});
