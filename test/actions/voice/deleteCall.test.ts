import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";

describe("deleteCall on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("removes the call's record for good and leaves its recordings", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true });
    await on.sandbox.clock.advance(15_000);
    expect(await run("deleteCall", { sid: call.sid, confirmSid: call.sid })).toEqual({ sid: call.sid, deleted: true });
    const gone = await failureOf(run("getCall", { sid: call.sid }));
    expect(gone.message).toContain("20404");
    expect(((await run("listRecordings", {})) as { recordings?: unknown[] }).recordings).toHaveLength(1);
  });

  it("refuses a SID that is not a call's before sending anything", async () => {
    const error = await failureOf(run("deleteCall", { sid: "CA123/../../Messages", confirmSid: "CA123/../../Messages" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Call SID"');
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("deletes nothing unless Confirm Deletion repeats the Call SID", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello" });
    const sentBefore = on.sandbox.requests.length;
    for (const confirmSid of [undefined, "", `CA${"0".repeat(32)}`]) {
      const error = await failureOf(run("deleteCall", { sid: call.sid, confirmSid }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('Input "Confirm Deletion"');
    }
    expect(on.sandbox.requests).toHaveLength(sentBefore);
    expect((await run("getCall", { sid: call.sid })).sid).toBe(call.sid);
  });
});
