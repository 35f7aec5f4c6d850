import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("Update Call on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const kept = () => on.sandbox.inspect<{ calls: { sid: string; status: string }[] }>("calls", ACCOUNT_SID)?.calls ?? [];
  const call = () => run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello" });
  const updates = () => on.sandbox.requests.filter((request) => request.method === "POST" && /\/Calls\/CA\w+\.json$/.test(request.path));

  it("hangs up a call in progress", async () => {
    const { sid } = await call();
    await on.sandbox.clock.advance(2_500);
    expect(kept()[0].status).toBe("in-progress");
    expect(await run("updateCall", { sid, change: "hangUp" })).toMatchObject({ sid, status: "completed" });
    expect(kept()).toEqual([expect.objectContaining({ sid, status: "completed" })]);
    expect(updates().map((request) => request.form.get("Status"))).toEqual(["completed"]);
  });

  it("cancels a call still queued, and leaves a call already answered alone", async () => {
    const queued = await call();
    expect(await run("updateCall", { sid: queued.sid, change: "cancel" })).toMatchObject({ status: "canceled" });
    const answered = await call();
    await on.sandbox.clock.advance(2_500);
    await run("updateCall", { sid: answered.sid, change: "cancel" });
    expect(kept().map((one) => one.status)).toEqual(["canceled", "in-progress"]);
  });

  it("redirects a live call to new instructions, as TwiML Twilio reads, the text escaped", async () => {
    const { sid } = await call();
    await on.sandbox.clock.advance(2_500);
    await run("updateCall", { sid, change: "redirect", sayText: "Your agent <Jane> is on the line" });
    const twiml = updates()[0].form.get("Twiml") ?? "";
    expect(twiml).toContain("<Say");
    expect(twiml).toContain("Your agent &lt;Jane&gt; is on the line");
    expect(kept()[0].status).toBe("in-progress");
  });

  it("refuses a change it does not know, a redirect without instructions and a SID that is no call's, before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["updateCall", { sid: `CA${"0".repeat(32)}`, change: "pause" }, "Change"],
      ["updateCall", { sid: "CA../Messages", change: "hangUp" }, "Call SID"],
    ]);
    const error = await failureOf(run("updateCall", { sid: `CA${"0".repeat(32)}`, change: "redirect" }));
    expect(error.message).toMatch(/^Input "/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
