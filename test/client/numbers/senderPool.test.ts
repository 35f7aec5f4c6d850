import { addToSenderPool, poolEntry, poolEntryOfExistingService, removeFromSenderPool } from "../../../src/client/numbers/senderPool";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** A Messaging Service's sender pool by direct requests, on the sandbox's Messaging v1 (spec-checked). */
describe("sender pool", () => {
  let numberSid: string;
  let serviceSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    numberSid = ((await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" })) as { sid: string }).sid;
    serviceSid = ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts" })) as { sid: string }).sid;
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("adds, reads and removes a number's entry", async () => {
    expect(await poolEntry(client(), serviceSid, numberSid)).toBeUndefined();
    expect(await addToSenderPool(client(), serviceSid, numberSid)).toMatchObject({ sid: numberSid, phone_number: "+15017122661" });
    expect(await poolEntry(client(), serviceSid, numberSid)).toMatchObject({ sid: numberSid });
    await removeFromSenderPool(client(), serviceSid, numberSid);
    expect(await poolEntryOfExistingService(client(), serviceSid, numberSid)).toBeUndefined();
  });

  it("tells a service that does not exist from a number not in the pool", async () => {
    const missing = `MG${"0".repeat(32)}`;
    expect(await poolEntryOfExistingService(client(), missing, numberSid)).toBeUndefined();
    expect((await failureOf(poolEntry(client(), missing, numberSid))).message).toContain("20404");
  });

  it("never puts something other than a Messaging Service SID into the path", async () => {
    const error = await failureOf(addToSenderPool(client(), "MG1/../../Services", numberSid));
    expect(error.message).toBe("Not a Messaging Service SID: MG1/../../Services");
    expect(on.sandbox.requests).toEqual([]);
  });
});
