import { actionsPerCase } from "../actions/support";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, harness } from "../support/harness";

/** The component's own actions against the sandbox: what it creates is what it reads back. */
describe("sandbox products through the component", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("Verify: the code the sandbox reveals approves the verification, a wrong one does not", async () => {
    const service = await run("createVerifyService", { friendlyName: "Sandbox" });
    const sent = await run("sendVerification", { verifyServiceSid: service.sid, to: "+15558675310", channel: "sms" });
    expect(sent).toMatchObject({ status: "pending" });
    const { code } = (await on.sandbox.control("GET", "verify/code", { to: "+15558675310" })) as { code: string };
    const wrong = await run("checkVerification", {
      verifyServiceSid: service.sid,
      to: "+15558675310",
      code: code === "000000" ? "111111" : "000000",
    });
    expect(wrong).toMatchObject({ status: "pending", valid: false });
    const right = await run("checkVerification", { verifyServiceSid: service.sid, to: "+15558675310", code });
    expect(right).toMatchObject({ status: "approved", valid: true });
  });

  it("Calls: a recorded call completes on the clock and its recording downloads as audio", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true });
    expect(call).toMatchObject({ status: "queued" });
    await on.sandbox.clock.advance(15_000);
    expect(await run("getCall", { sid: call.sid })).toMatchObject({ status: "completed", duration: "10" });
    const { recordings } = (await run("listRecordings", { callSid: call.sid })) as unknown as { recordings: Array<{ sid: string }> };
    expect(recordings).toHaveLength(1);
    const file = (await harness.action("downloadRecording", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      sid: recordings[0].sid,
    })) as {
      data: Buffer;
      contentType: string;
    };
    expect(file.contentType).toMatch(/^audio\//);
    expect(Buffer.from(file.data).subarray(0, 4).toString()).toBe("RIFF");
  });

  it("Lookup: an E.164 number is valid, with its line type when asked", async () => {
    const found = await run("lookupPhoneNumber", { phoneNumber: "+15558675310", lineTypeIntelligence: true });
    expect(found).toMatchObject({ valid: true, countryCode: "US" });
  });

  it("Messaging Services: an incoming message to a pooled number goes to the service's URL", async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: "http://127.0.0.1:9/number" });
    const service = (await on.sandbox.control("POST", "messaging-services", {
      FriendlyName: "Support",
      InboundRequestUrl: "http://127.0.0.1:9/service",
      PhoneNumbers: ["+15017122661"],
    })) as { sid: string };
    const { delivery, message } = (await on.sandbox.control("POST", "incoming/messages", {
      From: "+15558675310",
      To: "+15017122661",
      Body: "Hi",
    })) as {
      delivery: { url: string; params: Record<string, string> };
      message: { messaging_service_sid: string };
    };
    expect(delivery.url).toBe("http://127.0.0.1:9/service");
    expect(delivery.params.MessagingServiceSid).toBe(service.sid);
    expect(message.messaging_service_sid).toBe(service.sid);
  });
});

describe("sandbox content templates and Studio through the component", () => {
  const on = actionsPerCase();
  const { run } = on;
  const twilio = (method: string, path: string, body: string, contentType: string) =>
    fetch(`${on.sandbox.url}${path}`, {
      method,
      body,
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`, "content-type": contentType },
    }).then(async (response) => (await response.json()) as Record<string, unknown>);

  it("Content: a template submitted for WhatsApp approval is listed as received, then approved a minute later", async () => {
    const created = await twilio(
      "POST",
      "/content/v1/Content",
      JSON.stringify({
        friendly_name: "order_update",
        language: "en",
        variables: { 1: "name" },
        types: { "twilio/text": { body: "Hi {{1}}" } },
      }),
      "application/json",
    );
    await twilio(
      "POST",
      `/content/v1/Content/${created.sid}/ApprovalRequests/whatsapp`,
      JSON.stringify({ name: "order_update", category: "UTILITY" }),
      "application/json",
    );
    const fetched = await run("getContentTemplate", { sid: created.sid });
    expect(fetched).toMatchObject({ sid: created.sid, friendlyName: "order_update" });
    await on.sandbox.clock.advance(60_000);
    const approved = (await run("listContentTemplates", { approvalStatus: "approved" })) as unknown as {
      templates: Array<{ sid: string }>;
    };
    expect(approved.templates.map((template) => template.sid)).toEqual([created.sid]);
  });

  it("Studio: an execution started by the component ends on the clock and shows its steps", async () => {
    const flow = await twilio(
      "POST",
      "/studio/v2/Flows",
      new URLSearchParams({
        FriendlyName: "Survey",
        Status: "published",
        Definition: JSON.stringify({ states: [{ name: "Trigger" }, { name: "send_message" }] }),
      }).toString(),
      "application/x-www-form-urlencoded",
    );
    const started = await run("triggerStudioFlow", { flow: flow.sid, to: "+15558675310", from: "+15017122661" });
    expect(started).toMatchObject({ status: "active" });
    await on.sandbox.clock.advance(1_000);
    const execution = await run("getStudioExecution", { flow: flow.sid, executionSid: started.sid });
    expect(execution).toMatchObject({ status: "ended" });
  });
});
