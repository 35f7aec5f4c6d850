import {
  customerKey,
  intelligenceService,
  intelligenceServiceFilter,
  transcriptRecordingFilter,
  transcriptRecordingSid,
  transcriptSid,
  transcriptStatus,
} from "../../src/inputs/intelligence";
import { refusal } from "../support/refusal";

describe("Voice Intelligence inputs", () => {
  it("SIDs: each by its prefix, required or optional as the action needs", () => {
    expect(intelligenceService.clean?.(`GA${"a".repeat(32)}`)).toBe(`GA${"a".repeat(32)}`);
    expect(refusal(() => intelligenceService.clean?.(""))).toMatch(/^Input "Intelligence Service": expected a SID: "GA"/);
    expect(intelligenceServiceFilter.clean?.("")).toBeUndefined();
    expect(refusal(() => intelligenceServiceFilter.clean?.("support-calls"))).toMatch(/^Input "Intelligence Service"/);
    expect(transcriptRecordingSid.clean?.(`RE${"a".repeat(32)}`)).toBe(`RE${"a".repeat(32)}`);
    expect(refusal(() => transcriptRecordingSid.clean?.(`CA${"a".repeat(32)}`))).toMatch(/^Input "Recording SID"/);
    expect(transcriptRecordingFilter.clean?.("")).toBeUndefined();
    expect(refusal(() => transcriptSid.clean?.("GT1/../x"))).toMatch(/^Input "Transcript SID": expected a SID: "GT"/);
  });

  it("Customer Key: at most 64 characters; Status: one of Twilio's transcript statuses", () => {
    expect(customerKey.clean?.("crm-42")).toBe("crm-42");
    expect(refusal(() => customerKey.clean?.("x".repeat(65)))).toMatch(/^Input "Customer Key"/);
    expect(transcriptStatus.clean?.("completed")).toBe("completed");
    expect(refusal(() => transcriptStatus.clean?.("done"))).toBe(
      'Input "Status": expected queued, in-progress, completed, failed, canceled, got "done".',
    );
  });
});
