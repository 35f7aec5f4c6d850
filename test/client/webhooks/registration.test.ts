import { requestJson } from "../../../src/client/transport/jsonRequest";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { pointSlot, restoreSlot, type SlotRegistration, urlToRegister, type WebhookSlot } from "../../../src/client/webhooks/registration";
import { authTokenConnection } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";

const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";
const OTHER_FLOW_URL = "https://hooks.example.prismatic.io/trigger/T3RoZXI";
const CUSTOMER_URL = "https://customer.example.com/inbound";
const SID = `MG${"0123456789abcdef".repeat(2)}`;

interface Setting {
  url: string;
  method: string;
}

interface Resource {
  sid: string;
  callback_url: string | null;
  callback_method: string | null;
}

/** One resource with one webhook setting over loopback, read and written as Twilio's newer APIs are. */
async function startResourceServer(resource: Resource | null): Promise<LoopbackServer> {
  return startLoopbackServer((req) => {
    if (!resource || req.path !== `/messaging/v1/Services/${SID}`) {
      return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
    }
    if (req.method === "POST") {
      resource.callback_url = req.form.get("CallbackUrl") || null;
      resource.callback_method = req.form.get("CallbackMethod");
    }
    return { status: 200, json: resource };
  });
}

function slotOn(baseUrl: string): WebhookSlot<Resource, Setting> {
  const client = getTwilioClient(authTokenConnection(baseUrl));
  const uri = `https://messaging.twilio.com/v1/Services/${SID}`;
  const write = (setting: Setting) =>
    requestJson(client, { method: "post", uri, data: { CallbackUrl: setting.url, CallbackMethod: setting.method } });
  return {
    fetch: () => requestJson<Resource>(client, { method: "get", uri }),
    sidOf: (resource) => resource.sid,
    urlOf: (resource) => resource.callback_url ?? "",
    settingOf: (resource) => ({ url: resource.callback_url ?? "", method: resource.callback_method || "POST" }),
    point: async (resource, url) => {
      if (resource.callback_url !== url) await write({ url, method: "POST" });
    },
    restore: async (_sid, previous) => {
      await write(previous);
    },
  };
}

let server: LoopbackServer;

describe("pointSlot and restoreSlot: the one registration algorithm", () => {
  afterEach(() => server.close());

  const writes = () => server.requests.filter((request) => request.method === "POST").map((request) => Object.fromEntries(request.form));

  it("points the slot at the flow, remembers what was there, and puts it back on release", async () => {
    server = await startResourceServer({ sid: SID, callback_url: CUSTOMER_URL, callback_method: "GET" });
    const slot = slotOn(server.url);
    const { registration } = await pointSlot(slot, FLOW_URL);
    expect(registration).toEqual({ sid: SID, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } });
    expect(await restoreSlot(slot, registration)).toBe("restored");
    expect(writes()).toEqual([
      { CallbackUrl: FLOW_URL, CallbackMethod: "POST" },
      { CallbackUrl: CUSTOMER_URL, CallbackMethod: "GET" },
    ]);
  });

  it("keeps the setting from before the first registration across a redeploy, even to another URL", async () => {
    server = await startResourceServer({ sid: SID, callback_url: CUSTOMER_URL, callback_method: "GET" });
    const slot = slotOn(server.url);
    const first = await pointSlot(slot, FLOW_URL);
    const again = await pointSlot(slot, OTHER_FLOW_URL, first.registration);
    expect(again.registration.previous).toEqual({ url: CUSTOMER_URL, method: "GET" });
  });

  it("does not know what was there when the slot already called the flow, and then leaves it on release", async () => {
    server = await startResourceServer({ sid: SID, callback_url: FLOW_URL, callback_method: "POST" });
    const slot = slotOn(server.url);
    const { registration } = await pointSlot(slot, FLOW_URL);
    expect(registration.previous).toBeNull();
    expect(await restoreSlot(slot, registration)).toBe("previousUnknown");
    expect(writes()).toEqual([]);
  });

  it("does not keep an earlier registration's setting once someone pointed the slot elsewhere", async () => {
    server = await startResourceServer({ sid: SID, callback_url: "https://someone.example.com/new", callback_method: "POST" });
    const earlier: SlotRegistration<Setting> = { sid: SID, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } };
    const { registration } = await pointSlot(slotOn(server.url), FLOW_URL, earlier);
    expect(registration.previous).toEqual({ url: "https://someone.example.com/new", method: "POST" });
  });

  it("leaves a slot changed since alone, and says when the resource is gone", async () => {
    server = await startResourceServer({ sid: SID, callback_url: "https://someone.example.com/new", callback_method: "POST" });
    const registration: SlotRegistration<Setting> = { sid: SID, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } };
    expect(await restoreSlot(slotOn(server.url), registration)).toBe("changedSince");
    expect(writes()).toEqual([]);
    await server.close();
    server = await startResourceServer(null);
    expect(await restoreSlot(slotOn(server.url), registration)).toBe("gone");
  });
});

describe("urlToRegister", () => {
  it("is the flow's webhook URL", () => {
    expect(urlToRegister("+15017122661", FLOW_URL)).toBe(FLOW_URL);
  });

  it("fails the deploy without one, naming the inputs to set", () => {
    expect(() => urlToRegister("+15017122661", undefined)).toThrow(
      /^Could not point \+15017122661 at this flow while deploying the instance: the flow has no webhook URL\. Set "Public Webhook URL".*leave "Phone Number to Register" empty/,
    );
    expect(() => urlToRegister("MG123", undefined, "Messaging Service")).toThrow(/leave "Messaging Service" empty/);
  });
});
