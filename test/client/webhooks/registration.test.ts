import { requestJson } from "../../../src/client/transport/jsonRequest";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { pointSlot, restoreSlot, type SlotRegistration, type WebhookSlot } from "../../../src/client/webhooks/registration";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";
const OTHER_FLOW_URL = "https://hooks.example.prismatic.io/trigger/T3RoZXI";
const CUSTOMER_URL = "https://customer.example.com/inbound";
const GONE_SID = `MG${"0123456789abcdef".repeat(2)}`;

interface Setting {
  url: string;
  method: string;
}

interface Resource {
  sid: string;
  inbound_request_url: string | null;
  inbound_method: string | null;
}

function slotOn(baseUrl: string, sid: string): WebhookSlot<Resource, Setting> {
  const client = getTwilioClient(authTokenConnection(baseUrl));
  const uri = `https://messaging.twilio.com/v1/Services/${sid}`;
  const write = (setting: Setting) =>
    requestJson(client, { method: "post", uri, data: { InboundRequestUrl: setting.url, InboundMethod: setting.method } });
  return {
    fetch: () => requestJson<Resource>(client, { method: "get", uri }),
    sidOf: (resource) => resource.sid,
    urlOf: (resource) => resource.inbound_request_url ?? "",
    settingOf: (resource) => ({ url: resource.inbound_request_url ?? "", method: resource.inbound_method || "POST" }),
    point: async (resource, url) => {
      if (resource.inbound_request_url !== url) await write({ url, method: "POST" });
    },
    restore: async (_sid, previous) => {
      await write(previous);
    },
  };
}

/** One webhook setting of a resource the sandbox keeps: a Messaging Service's incoming-message URL, read and written as Twilio's newer APIs are. */
describe("pointSlot and restoreSlot: the one registration algorithm", () => {
  const on = sandboxPerCase();

  /** A Messaging Service whose incoming messages go to `url` with `method`; the slot on it. */
  const serviceCalling = async (url: string, method: string) => {
    const { sid } = (await on.sandbox.control("POST", "messaging-services", {
      AccountSid: ACCOUNT_SID,
      FriendlyName: "Inbound",
      InboundRequestUrl: url,
      InboundMethod: method,
    })) as { sid: string };
    return { sid, slot: slotOn(on.sandbox.url, sid) };
  };
  const writes = () =>
    on.sandbox.requests.filter((request) => request.method === "POST").map((request) => Object.fromEntries(request.form));
  const kept = async (sid: string) => {
    const service = await requestJson<Resource>(getTwilioClient(authTokenConnection(on.sandbox.url)), {
      method: "get",
      uri: `https://messaging.twilio.com/v1/Services/${sid}`,
    });
    return { url: service.inbound_request_url, method: service.inbound_method };
  };

  it("points the slot at the flow, remembers what was there, and puts it back on release", async () => {
    const { sid, slot } = await serviceCalling(CUSTOMER_URL, "GET");
    const { registration } = await pointSlot(slot, FLOW_URL);
    expect(registration).toEqual({ sid, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } });
    expect(await kept(sid)).toEqual({ url: FLOW_URL, method: "POST" });
    expect(await restoreSlot(slot, registration)).toBe("restored");
    expect(writes()).toEqual([
      { InboundRequestUrl: FLOW_URL, InboundMethod: "POST" },
      { InboundRequestUrl: CUSTOMER_URL, InboundMethod: "GET" },
    ]);
    expect(await kept(sid)).toEqual({ url: CUSTOMER_URL, method: "GET" });
  });

  it("keeps the setting from before the first registration across a redeploy, even to another URL", async () => {
    const { slot } = await serviceCalling(CUSTOMER_URL, "GET");
    const first = await pointSlot(slot, FLOW_URL);
    const again = await pointSlot(slot, OTHER_FLOW_URL, first.registration);
    expect(again.registration.previous).toEqual({ url: CUSTOMER_URL, method: "GET" });
  });

  it("does not know what was there when the slot already called the flow, and then leaves it on release", async () => {
    const { slot } = await serviceCalling(FLOW_URL, "POST");
    const { registration } = await pointSlot(slot, FLOW_URL);
    expect(registration.previous).toBeNull();
    expect(await restoreSlot(slot, registration)).toBe("previousUnknown");
    expect(writes()).toEqual([]);
  });

  it("does not keep an earlier registration's setting once someone pointed the slot elsewhere", async () => {
    const { sid, slot } = await serviceCalling("https://someone.example.com/new", "POST");
    const earlier: SlotRegistration<Setting> = { sid, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } };
    const { registration } = await pointSlot(slot, FLOW_URL, earlier);
    expect(registration.previous).toEqual({ url: "https://someone.example.com/new", method: "POST" });
  });

  it("leaves a slot changed since alone, and says when the resource is gone", async () => {
    const { sid, slot } = await serviceCalling("https://someone.example.com/new", "POST");
    const registration: SlotRegistration<Setting> = { sid, registeredUrl: FLOW_URL, previous: { url: CUSTOMER_URL, method: "GET" } };
    expect(await restoreSlot(slot, registration)).toBe("changedSince");
    expect(writes()).toEqual([]);
    expect(await restoreSlot(slotOn(on.sandbox.url, GONE_SID), { ...registration, sid: GONE_SID })).toBe("gone");
  });
});
