import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

describe("deleteCall on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());
  const run = async (key: string, inputs: Record<string, unknown>) =>
    ((await harness.action(key, { twilioConnection: authTokenConnection(sandbox.url), ...inputs })) as { data: Record<string, unknown> })
      .data;

  it("removes the call's record for good and leaves its recordings", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true });
    await sandbox.clock.advance(15_000);
    expect(await run("deleteCall", { sid: call.sid, confirmSid: call.sid })).toEqual({ sid: call.sid, deleted: true });
    const gone = await failureOf(run("getCall", { sid: call.sid }));
    expect(gone.message).toContain("20404");
    expect(((await run("listRecordings", {})) as { recordings?: unknown[] }).recordings).toHaveLength(1);
  });

  it("refuses a SID that is not a call's before sending anything", async () => {
    const error = await failureOf(run("deleteCall", { sid: "CA123/../../Messages", confirmSid: "CA123/../../Messages" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Call SID"');
    expect(sandbox.requests).toHaveLength(0);
  });

  it("deletes nothing unless Confirm Deletion repeats the Call SID", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello" });
    const sentBefore = sandbox.requests.length;
    for (const confirmSid of [undefined, "", `CA${"0".repeat(32)}`]) {
      const error = await failureOf(run("deleteCall", { sid: call.sid, confirmSid }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('Input "Confirm Deletion"');
    }
    expect(sandbox.requests).toHaveLength(sentBefore);
    expect((await run("getCall", { sid: call.sid })).sid).toBe(call.sid);
  });
});
