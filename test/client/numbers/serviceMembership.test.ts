import { addNumberToService, removeNumberFromService } from "../../../src/client/numbers/serviceMembership";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const NUMBER = "+15017122661";

/** Sender pools on the sandbox's Messaging v1 (spec-checked). */
describe("Messaging Service membership", () => {
  let numberSid: string;
  let serviceSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    numberSid = ((await on.sandbox.control("POST", "numbers", { PhoneNumber: NUMBER })) as { sid: string }).sid;
    serviceSid = ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts" })) as { sid: string }).sid;
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const changes = () =>
    on.sandbox.requests.filter((request) => request.method !== "GET").map((request) => `${request.method} ${request.path}`);

  it("adds a number once: a second add finds it there and changes nothing", async () => {
    expect(await addNumberToService(client(), serviceSid, NUMBER)).toEqual({
      messagingServiceSid: serviceSid,
      phoneNumberSid: numberSid,
      phoneNumber: NUMBER,
      changed: true,
    });
    expect(await addNumberToService(client(), serviceSid, numberSid)).toMatchObject({ changed: false });
    expect(changes()).toEqual([`POST /messaging/v1/Services/${serviceSid}/PhoneNumbers`]);
  });

  it("removes a number once: a second remove finds it gone and changes nothing", async () => {
    await addNumberToService(client(), serviceSid, NUMBER);
    expect(await removeNumberFromService(client(), serviceSid, NUMBER)).toMatchObject({ changed: true });
    expect(await removeNumberFromService(client(), serviceSid, NUMBER)).toMatchObject({ changed: false });
    expect(changes()).toEqual([
      `POST /messaging/v1/Services/${serviceSid}/PhoneNumbers`,
      `DELETE /messaging/v1/Services/${serviceSid}/PhoneNumbers/${numberSid}`,
    ]);
  });

  it("a number in another service's pool is Twilio's 21712; a service that does not exist is an error, not 'not in the pool'", async () => {
    const other = (
      (await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Other", PhoneNumbers: [NUMBER] })) as { sid: string }
    ).sid;
    expect(other).toMatch(/^MG/);
    expect((await failureOf(addNumberToService(client(), serviceSid, NUMBER))).message).toContain("21712");
    const missing = await failureOf(removeNumberFromService(client(), `MG${"0".repeat(32)}`, NUMBER));
    expect(missing.message).toContain("20404");
  });
});
