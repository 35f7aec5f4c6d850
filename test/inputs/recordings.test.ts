import { audioFormat, createdAfter, recordingCallSid, recordingSid } from "../../src/inputs/recordings";
import { refusal } from "../support/refusal";

describe("recording inputs", () => {
  it("Recording SID and Call SID by their prefixes", () => {
    expect(recordingSid.clean?.(`RE${"a".repeat(32)}`)).toBe(`RE${"a".repeat(32)}`);
    expect(refusal(() => recordingSid.clean?.("RE1.mp3"))).toMatch(/^Input "Recording SID": expected a SID: "RE"/);
    expect(recordingCallSid.clean?.("")).toBeUndefined();
    expect(refusal(() => recordingCallSid.clean?.(`RE${"a".repeat(32)}`))).toMatch(/^Input "Call SID"/);
  });

  it("Created After: an instant; Format: mp3 or wav", () => {
    expect(createdAfter.clean?.("2026-11-20T16:00:00Z")).toEqual(new Date("2026-11-20T16:00:00Z"));
    expect(audioFormat.clean?.("wav")).toBe("wav");
    expect(refusal(() => audioFormat.clean?.("ogg"))).toBe('Input "Format": expected mp3 or wav, got "ogg".');
  });
});
