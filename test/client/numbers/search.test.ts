import { searchAvailableNumbers } from "../../../src/client/numbers/search";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Numbers for sale and their monthly price, against the sandbox's catalogue (2010-04-01 and pricing v1, spec-checked). */
describe("searchAvailableNumbers", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("asks for the country and type with each filter given under Twilio's name, and gives each number its price", async () => {
    const found = await searchAvailableNumbers(client(), { country: "US", type: "local", areaCode: "415", smsEnabled: true, limit: 3 });
    const search = on.sandbox.requests.find((request) => request.path.includes("/AvailablePhoneNumbers/"));
    expect(search?.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/AvailablePhoneNumbers/US/Local.json`);
    expect(Object.fromEntries(search?.query ?? [])).toEqual({ PageSize: "3", AreaCode: "415", SmsEnabled: "true" });
    expect(on.sandbox.requests.map((request) => request.path)).toContain("/pricing/v1/PhoneNumbers/Countries/US");

    expect(found).toHaveLength(3);
    for (const number of found) {
      expect(number.phoneNumber).toMatch(/^\+1415\d{7}$/);
      expect(number.capabilities.sms).toBe(true);
      expect(number.isoCountry).toBe("US");
      expect(number.monthlyPrice).toEqual({ amount: expect.stringMatching(/^\d+(\.\d+)?$/), currency: "USD" });
    }
  });

  it("reads toll-free numbers from their own list and price", async () => {
    const [number] = await searchAvailableNumbers(client(), { country: "US", type: "tollFree", limit: 1 });
    expect(number.phoneNumber).toMatch(/^\+1833/);
    expect(on.sandbox.requests.some((request) => request.path.endsWith("/AvailablePhoneNumbers/US/TollFree.json"))).toBe(true);
    const [local] = await searchAvailableNumbers(client(), { country: "US", type: "local", limit: 1 });
    expect(number.monthlyPrice?.amount).not.toBe(local.monthlyPrice?.amount);
  });

  it("leaves the price null when pricing cannot be read, and still lists the numbers", async () => {
    on.sandbox.faults.set([{ kind: "refused", method: "GET", path: "/PhoneNumbers/Countries/" }]);
    const found = await searchAvailableNumbers(client(), { country: "CA", type: "local", limit: 2 });
    expect(found).toHaveLength(2);
    expect(found.map((number) => number.monthlyPrice)).toEqual([null, null]);
  });

  it("gives an empty list where the catalogue has nothing that matches", async () => {
    expect(await searchAvailableNumbers(client(), { country: "US", type: "local", areaCode: "999", limit: 5 })).toEqual([]);
  });

  it("never puts something other than a country code into the path", async () => {
    const error = await failureOf(searchAvailableNumbers(client(), { country: "../Messages", type: "local", limit: 1 }));
    expect(error.message).toBe("Not an ISO country code: ../Messages");
    expect(on.sandbox.requests).toEqual([]);
  });
});
