import { checkSameChannel } from "../../../src/client/messages/channels";
import { InputError } from "../../../src/client/transport/errors";

describe("checkSameChannel", () => {
  it.each([
    ["an SMS number to a phone number", "+15558675310", "+15017122661"],
    ["a WhatsApp sender to a WhatsApp address", "whatsapp:+15558675310", "whatsapp:+15017122661"],
    ["an RCS sender to a phone number", "+15558675310", "rcs:acme_agent"],
    ["a Messaging Service (no From), which picks a sender of the recipient's channel", "whatsapp:+15558675310", undefined],
  ])("lets %s through", (_name, to, from) => {
    expect(() => checkSameChannel("To", to, from)).not.toThrow();
  });

  it("refuses a WhatsApp recipient of an SMS sender, naming the input it is given and the sender needed", () => {
    const error = (() => {
      try {
        checkSameChannel("Recipients", "whatsapp:+15558675310", "+15017122661");
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toMatch(/^Input "Recipients": expected a "whatsapp:" sender in From/);
  });

  it("refuses a phone number for a WhatsApp sender, saying how to text it", () => {
    expect(() => checkSameChannel("To", "+15558675310", "whatsapp:+15017122661")).toThrow(
      /^Input "To": expected a "whatsapp:" recipient such as "whatsapp:\+15558675310".*send from an SMS number or a Messaging Service/,
    );
  });
});
