import { row, summarize } from "../../../src/client/messages/bulkRows";

describe("bulk result rows", () => {
  it("counts sent, reconciled and replayed rows as successes", () => {
    expect(row("+15558675310", "sent", { messageSid: "SM1" })).toEqual({
      to: "+15558675310",
      success: true,
      outcome: "sent",
      messageSid: "SM1",
      messageStatus: null,
      errorCode: null,
      errorMessage: null,
      lineType: null,
      skipped: null,
      optedOut: false,
    });
    expect(
      ["sent", "reconciled", "replayed", "failed", "invalid", "skipped", "unknown"].map((outcome) => row("x", outcome as never).success),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  it("summarizes the rows: counts by kind, and the status of the whole run", () => {
    const results = [
      row("+1", "sent"),
      row("+2", "replayed"),
      row("+3", "failed", { errorCode: 21610, optedOut: true }),
      row("+4", "unknown"),
      row("+5", "skipped", { skipped: "landline" }),
      row("+6", "skipped", { skipped: "invalidNumber" }),
      row("+7", "skipped", { skipped: "lookupFailed" }),
      row("bad", "invalid"),
    ];
    expect(summarize(results, 2, { count: 3, continueFrom: "abc.8" })).toEqual({
      status: "partially_succeeded",
      sentCount: 2,
      failedCount: 5,
      unknownCount: 1,
      duplicatesMerged: 2,
      skippedLandlines: 1,
      skippedInvalidNumbers: 1,
      skippedLookupFailures: 1,
      optedOutCount: 1,
      results,
      remainingCount: 3,
      continueFrom: "abc.8",
    });
  });

  it("is succeeded when every row succeeded, failed when none did", () => {
    const none = { count: 0, continueFrom: null };
    expect(summarize([row("+1", "sent"), row("+2", "reconciled")], 0, none).status).toBe("succeeded");
    expect(summarize([row("+1", "failed"), row("+2", "unknown")], 0, none)).toMatchObject({
      status: "failed",
      failedCount: 1,
      unknownCount: 1,
    });
    expect(summarize([], 0, none).status).toBe("succeeded");
  });
});
