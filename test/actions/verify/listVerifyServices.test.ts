import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

type Listed = { services: { sid: string; friendlyName: string }[]; nextPageUri: string | null; hasMore: boolean };

describe("List Verify Services on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const list = async (inputs: Record<string, unknown>) => (await run("listVerifyServices", inputs)) as unknown as Listed;

  it("lists the account's services in bounded pages that Continue From resumes", async () => {
    const sids: string[] = [];
    for (const friendlyName of ["Login", "Checkout", "Support"])
      sids.push((await run("createVerifyService", { friendlyName })).sid as string);
    const first = await list({ limit: "2" });
    expect(first.services).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = await list({ limit: "2", continueFrom: first.nextPageUri });
    expect(rest.hasMore).toBe(false);
    expect([...first.services, ...rest.services].map((one) => one.sid).sort()).toEqual([...sids].sort());
  });

  it("refuses a limit out of bounds and a continuation of another list before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["listVerifyServices", { limit: "0" }, "Limit"],
      ["listVerifyServices", { continueFrom: "https://verify.twilio.com/v2/Services/VA1/Verifications?Page=1" }, "Continue From"],
    ]);
  });
});
