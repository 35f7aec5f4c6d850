import { brandState, campaignState, STATES, tollFreeState } from "../../../src/client/compliance/states";

describe("brandState", () => {
  it("lets an approved brand leave the state to its campaign", () => {
    expect(brandState("APPROVED")).toBeUndefined();
  });

  it.each([
    ["FAILED", "brandFailed"],
    ["SUSPENDED", "brandSuspended"],
    ["DELETION_PENDING", "brandSuspended"],
    ["DELETION_FAILED", "brandSuspended"],
    ["PENDING", "brandPending"],
    ["IN_REVIEW", "brandPending"],
    [null, "brandPending"],
    [undefined, "brandPending"],
  ])("reads brand status %j as %s", (status, state) => {
    expect(brandState(status)).toBe(state);
  });
});

describe("campaignState", () => {
  it.each([
    ["VERIFIED", "campaignVerified"],
    ["IN_PROGRESS", "campaignPending"],
    ["PENDING", "campaignPending"],
    ["FAILED", "campaignFailed"],
    ["SUSPENDED", "campaignSuspended"],
  ])("reads campaign status %s as %s", (status, state) => {
    expect(campaignState(status)).toBe(state);
  });

  it.each(["verified", "SOMETHING_NEW", "", null, undefined])("never counts an unknown campaign status %j as verified", (status) => {
    expect(campaignState(status)).toBe("unknownCampaignStatus");
    expect(STATES.unknownCampaignStatus.readyForUS).toBe(false);
  });
});

describe("tollFreeState", () => {
  it.each([
    ["TWILIO_APPROVED", "tollFreeVerified"],
    ["TWILIO_REJECTED", "tollFreeRejected"],
    ["PENDING_REVIEW", "tollFreePending"],
    ["IN_REVIEW", "tollFreePending"],
    ["", "tollFreeUnverified"],
    [null, "tollFreeUnverified"],
    [undefined, "tollFreeUnverified"],
  ])("reads verification status %j as %s", (status, state) => {
    expect(tollFreeState(status)).toBe(state);
  });
});

describe("STATES", () => {
  it("gives a next step exactly for the states that cannot reach US recipients, and explains every state", () => {
    for (const [state, text] of Object.entries(STATES)) {
      expect([state, text.nextStep === null]).toEqual([state, text.readyForUS]);
      expect(text.explanation.length).toBeGreaterThan(20);
    }
  });

  it("counts only a verified campaign, a verified toll-free number and a short code as ready", () => {
    const ready = Object.entries(STATES)
      .filter(([, text]) => text.readyForUS)
      .map(([state]) => state);
    expect(ready.sort()).toEqual(["campaignVerified", "shortCode", "tollFreeVerified"]);
  });
});
