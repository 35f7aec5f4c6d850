import { ACCOUNT_SID } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("Create Verify Service on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("creates a service with the name people see and the code length, as the sandbox keeps it", async () => {
    const data = await run("createVerifyService", { friendlyName: "Acme login codes", codeLength: "8", doNotShareWarning: true });
    expect(data).toMatchObject({
      sid: expect.stringMatching(/^VA[0-9a-f]{32}$/),
      accountSid: ACCOUNT_SID,
      friendlyName: "Acme login codes",
      codeLength: 8,
    });
    const kept = on.sandbox.inspect<{ sid: string; fields: Record<string, unknown> }[]>("verify", ACCOUNT_SID);
    expect(kept).toEqual([
      expect.objectContaining({
        sid: data.sid,
        fields: expect.objectContaining({ FriendlyName: "Acme login codes", CodeLength: 8, DoNotShareWarningEnabled: true }),
      }),
    ]);
  });

  it("refuses a code length out of Twilio's bounds and a missing name before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["createVerifyService", { friendlyName: "Acme", codeLength: "12" }, "Code Length"],
      ["createVerifyService", { friendlyName: "" }, "Friendly Name"],
    ]);
    expect(on.sandbox.inspect("verify", ACCOUNT_SID)).toBeUndefined();
  });
});
