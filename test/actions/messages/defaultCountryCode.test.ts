import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";

describe("sendSMS with a Default Country Code", () => {
  let server: LoopbackServer;
  beforeEach(async () => {
    server = await startLoopbackServer((request) => ({
      status: 201,
      json: {
        sid: `SM${"b".repeat(32)}`,
        account_sid: ACCOUNT_SID,
        to: request.form.get("To"),
        status: "queued",
      },
    }));
  });
  afterEach(() => server.close());

  const sendSMS = (params: Record<string, unknown>) =>
    harness.action("sendSMS", {
      twilioConnection: authTokenConnection(server.url),
      from: "+15017122661",
      message: "Hello",
      ...params,
    });

  it("sends a bare national number to its E.164 form", async () => {
    await sendSMS({ to: "555 867 5310", defaultCountryCode: "+1" });
    expect(server.requests[0].form.get("To")).toBe("+15558675310");
  });

  it("completes a WhatsApp address typed with a national number", async () => {
    await sendSMS({
      to: "whatsapp:555 867 5310",
      from: "whatsapp:+15017122661",
      defaultCountryCode: "1",
    });
    expect(server.requests[0].form.get("To")).toBe("whatsapp:+15558675310");
  });

  it("leaves a number that starts with + alone", async () => {
    await sendSMS({ to: "+44 7911 123456", defaultCountryCode: "+1" });
    expect(server.requests[0].form.get("To")).toBe("+447911123456");
  });

  it("guesses nothing without one: the national number is refused before any request", async () => {
    const error = await failureOf(sendSMS({ to: "555 867 5310" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "To": .*Default Country Code/);
    expect(server.requests).toHaveLength(0);
  });
});
