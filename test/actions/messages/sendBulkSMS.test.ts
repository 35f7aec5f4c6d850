import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox, startTestSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";
import { withTestCredentials } from "./support";

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

const sendBulk = async (baseUrl: string, params: Record<string, unknown>): Promise<BulkSendResult> => {
  const { data } = (await harness.action("sendBulkSMS", {
    twilioConnection: authTokenConnection(baseUrl),
    from: "+15017122661",
    message: "Doors open at 7pm",
    ...params,
  })) as { data: BulkSendResult };
  return data;
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("sendBulkSMS against Twilio's official spec", () => {
  it("sends to every recipient and reports each message SID", async () => {
    const result = await sendBulk(shared.sandbox.url, {
      recipients: ["+15558675310", "+15558675311", "+15558675312"],
    });

    expect(result.status).toBe("succeeded");
    expect(result.sentCount).toBe(3);
    expect(result.failedCount).toBe(0);
    expect(result.results.map((row) => row.to)).toEqual(["+15558675310", "+15558675311", "+15558675312"]);
    for (const row of result.results) {
      expect(row).toEqual(
        expect.objectContaining({
          success: true,
          messageSid: expect.stringMatching(/^SM/),
          errorCode: null,
          errorMessage: null,
        }),
      );
    }
  });
});

describe("sendBulkSMS per-recipient results", () => {
  const on = actionsPerCase();
  const sentTo = () => on.sandbox.requests.map((request) => request.form.get("To"));

  it("reports a partial success: Twilio's refusals fail only their own rows, with Twilio's code", async () => {
    // Test credentials: Twilio refuses its magic number +15005550009 with 21614 and accepts the others.
    const result = (await on.run(
      "sendBulkSMS",
      { from: "+15005550006", message: "Doors open at 7pm", recipients: "+15558675310\n+15005550009\n+15558675311" },
      withTestCredentials(on),
    )) as unknown as BulkSendResult;

    expect(result.status).toBe("partially_succeeded");
    expect(result.sentCount).toBe(2);
    expect(result.failedCount).toBe(1);
    expect(result.results[1]).toEqual({
      to: "+15005550009",
      success: false,
      outcome: "failed",
      messageSid: null,
      messageStatus: null,
      errorCode: 21614,
      errorMessage: expect.stringContaining("not a mobile number"),
      lineType: null,
      skipped: null,
      optedOut: false,
    });
    expect(result.results[0]).toEqual(expect.objectContaining({ success: true, messageStatus: "queued" }));
    expect(on.sandbox.requests).toHaveLength(3);
  });

  it("texts each number once: duplicates are merged after normalising, in the order first listed", async () => {
    const result = await sendBulk(on.sandbox.url, {
      recipients: ["+1 (555) 867-5310", "+15558675311", "+15558675310", "555-867-5311", "whatsapp:+15558675310"],
      defaultCountryCode: "+1",
      // A Messaging Service has senders of both channels; one SMS number could not text the WhatsApp address.
      from: `MG${"0123456789abcdef".repeat(2)}`,
    });

    expect(result.duplicatesMerged).toBe(2);
    expect(result.results.map((row) => row.to)).toEqual(["+15558675310", "+15558675311", "whatsapp:+15558675310"]);
    expect(sentTo().sort()).toEqual(["+15558675310", "+15558675311", "whatsapp:+15558675310"]);
  });

  it("fails an invalid number in its own row without sending anything for it", async () => {
    const result = await sendBulk(on.sandbox.url, {
      recipients: ["+15558675310", "555-CALL-NOW", "5558675311"],
    });

    expect(result.status).toBe("partially_succeeded");
    expect(result.results[1]).toEqual(
      expect.objectContaining({
        to: "555-CALL-NOW",
        success: false,
        errorCode: null,
        errorMessage: expect.stringMatching(/^Input "Recipients": expected .*got "555-CALL-NOW"/),
      }),
    );
    // Without a Default Country Code a national number is not guessed at: the row says which input to set.
    expect(result.results[2].errorMessage).toMatch(/Default Country Code/);
    expect(sentTo()).toEqual(["+15558675310"]);
  });

  it("reports failed when no recipient could be sent, without throwing", async () => {
    // Test credentials: +15017122661 is no number of the test account, so Twilio refuses every send with 21606.
    const result = (await on.run(
      "sendBulkSMS",
      { from: "+15017122661", message: "Doors open at 7pm", recipients: ["+15558675310", "+15558675311"] },
      withTestCredentials(on),
    )) as unknown as BulkSendResult;

    expect(result.status).toBe("failed");
    expect(result.results.every((row) => row.errorCode === 21606)).toBe(true);
    expect(on.sandbox.requests).toHaveLength(2);
  });

  it("waits out a 429 and sends the message once, relying on the client's single retry layer", async () => {
    const attemptsByRecipient = new Map<string, number>();
    on.sandbox.faults.use((request) => {
      const to = request.form.get("To") ?? "";
      const attempt = (attemptsByRecipient.get(to) ?? 0) + 1;
      attemptsByRecipient.set(to, attempt);
      return attempt === 1 && to === "+15558675311" ? { kind: "429", retryAfter: 0 } : undefined;
    });

    const result = await sendBulk(on.sandbox.url, {
      recipients: ["+15558675310", "+15558675311"],
    });

    expect(result.status).toBe("succeeded");
    expect(Object.fromEntries(attemptsByRecipient)).toEqual({
      "+15558675310": 1,
      "+15558675311": 2,
    });
    expect(on.sandbox.created.map((message) => message.to).sort()).toEqual(["+15558675310", "+15558675311"]);
  });

  it("never has more requests in flight than Concurrency", async () => {
    let maxInFlight = 0;
    // Each create answers 20 ms after it arrives; the requests not answered yet (no status) are the ones in flight.
    const twilio = await startTestSandbox({
      latencyMs: () => {
        maxInFlight = Math.max(maxInFlight, twilio.requests.filter((request) => !request.status).length);
        return 20;
      },
    });
    try {
      const recipients = Array.from({ length: 12 }, (_, index) => `+1555867${String(5300 + index)}`);

      const result = await sendBulk(twilio.url, { recipients, concurrency: "3" });

      expect(result.sentCount).toBe(12);
      expect(maxInFlight).toBe(3);
    } finally {
      await twilio.close();
    }
  });

  it("stops sending after Twilio rejects the credentials, and never echoes the token", async () => {
    const recipients = Array.from({ length: 6 }, (_, index) => `+1555867${String(5300 + index)}`);

    const { data } = (await harness.action("sendBulkSMS", {
      twilioConnection: authTokenConnection(on.sandbox.url, { password: "a-token-the-account-no-longer-has" }),
      from: "+15017122661",
      message: "Doors open at 7pm",
      recipients,
      concurrency: "1",
    })) as { data: BulkSendResult };
    const result = data;

    expect(result.status).toBe("failed");
    expect(on.sandbox.requests).toHaveLength(1);
    expect(result.results.every((row) => row.errorCode === 20003)).toBe(true);
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(result)).not.toContain("a-token-the-account-no-longer-has");
  });

  it("sends the shared fields the same way sendSMS does", async () => {
    await sendBulk(on.sandbox.url, {
      recipients: ["+15558675310"],
      mediaUrls: ["https://demo.twilio.com/owl.png"],
      statusCallback: "https://hooks.example.com/status",
      validityPeriod: "600",
    });

    const [request] = on.sandbox.requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(MESSAGES_PATH);
    expect(Object.fromEntries(request.form)).toEqual({
      To: "+15558675310",
      From: "+15017122661",
      Body: "Doors open at 7pm",
      MediaUrl: "https://demo.twilio.com/owl.png",
      StatusCallback: "https://hooks.example.com/status",
      ValidityPeriod: "600",
    });
  });
});

describe("sendBulkSMS bad input, caught before anything is sent", () => {
  const on = actionsPerCase();
  it.each([
    ["no recipients", { recipients: [] }, /Input "Recipients": expected at least one phone number/],
    [
      "too many recipients",
      {
        recipients: Array.from({ length: 10_001 }, (_, index) => `+1555${String(index).padStart(7, "0")}`),
      },
      /Input "Recipients": expected at most 10,000/,
    ],
    [
      "a concurrency above the cap",
      { recipients: ["+15558675310"], concurrency: "50" },
      /Input "Concurrency": expected a whole number from 1 to 20/,
    ],
    ["no sender", { recipients: ["+15558675310"], from: "" }, /Input "From": expected a sender/],
    ["no body, media or template", { recipients: ["+15558675310"], message: "" }, /Input "Message"/],
    [
      "a malformed Default Country Code",
      { recipients: ["5558675310"], defaultCountryCode: "US" },
      /Input "Default Country Code": expected a country calling code/,
    ],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(sendBulk(on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
