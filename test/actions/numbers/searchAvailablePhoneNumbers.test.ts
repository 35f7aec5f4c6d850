import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { numbersSandbox } from "./support";

/** Numbers for sale searched through the component, on the sandbox Twilio (checked against Twilio's specs). */
describe("Search Available Phone Numbers on the sandbox", () => {
  const on = numbersSandbox();
  const { run, search } = on;

  it("a search narrows by area code and capability, with the monthly price", async () => {
    const inArea = await search({ areaCode: "415", limit: "50" });
    expect(inArea.length).toBeGreaterThan(20);
    expect(inArea.every((number) => number.phoneNumber.startsWith("+1415"))).toBe(true);
    expect(inArea[0]).toMatchObject({
      locality: "San Francisco",
      region: "CA",
      isoCountry: "US",
      monthlyPrice: { amount: "1.15", currency: "USD" },
    });
    expect(inArea.some((number) => !number.capabilities.mms)).toBe(true);

    const withMms = await search({ areaCode: "415", mmsRequired: true, smsRequired: true, limit: "50" });
    expect(withMms.length).toBeGreaterThan(0);
    expect(withMms.length).toBeLessThan(inArea.length);
    expect(withMms.every((number) => number.capabilities.mms && number.capabilities.sms)).toBe(true);

    const tollFree = await search({ numberType: "tollFree", limit: "3" });
    expect(tollFree).toHaveLength(3);
    expect(tollFree[0].monthlyPrice).toEqual({ amount: "2.15", currency: "USD" });
  });

  it("a search with a bad input fails before any request", async () => {
    const error = await failureOf(run("searchAvailablePhoneNumbers", { country: "USA" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Country"/);
  });
});
