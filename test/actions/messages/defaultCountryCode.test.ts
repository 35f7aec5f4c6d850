import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";

describe("sendSMS with a Default Country Code", () => {
  const on = actionsPerCase();
  const sendSMS = (params: Record<string, unknown>) => on.run("sendSMS", { from: "+15017122661", message: "Hello", ...params });
  const sentTo = () => on.sandbox.requests[0].form.get("To");

  it("sends a bare national number to its E.164 form", async () => {
    const { sid } = await sendSMS({ to: "555 867 5310", defaultCountryCode: "+1" });
    expect(sentTo()).toBe("+15558675310");
    expect(on.sandbox.created.find((message) => message.sid === sid)?.to).toBe("+15558675310");
  });

  it("completes a WhatsApp address typed with a national number", async () => {
    await sendSMS({
      to: "whatsapp:555 867 5310",
      from: "whatsapp:+15017122661",
      defaultCountryCode: "1",
    });
    expect(sentTo()).toBe("whatsapp:+15558675310");
  });

  it("leaves a number that starts with + alone", async () => {
    await sendSMS({ to: "+44 7911 123456", defaultCountryCode: "+1" });
    expect(sentTo()).toBe("+447911123456");
  });

  it("guesses nothing without one: the national number is refused before any request", async () => {
    const error = await failureOf(sendSMS({ to: "555 867 5310" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "To": .*Default Country Code/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
