import { actionsPerCase } from "../actions/support";
import { authTokenConnection, harness } from "../support/harness";
import { createIntelligenceService } from "../support/sandboxAccounts";

describe("Select Intelligence Service on the sandbox", () => {
  const on = actionsPerCase();

  it("offers the account's services in the picker", async () => {
    const serviceSid = await createIntelligenceService(on.sandbox, "support-calls");
    const { result } = (await harness.dataSource("selectIntelligenceService", { connection: authTokenConnection(on.sandbox.url) })) as {
      result: { key: string; label: string }[];
    };
    expect(result).toEqual([{ key: serviceSid, label: "Support calls (support-calls) · en-US" }]);
  });
});
