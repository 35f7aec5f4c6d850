import { mediaSid } from "../../src/inputs/media";
import { refusal } from "../support/refusal";

describe("Media SID", () => {
  it("is an ME SID, required, never a path", () => {
    expect(mediaSid.clean?.(` ME${"a".repeat(32)} `)).toBe(`ME${"a".repeat(32)}`);
    for (const value of ["", "ME1", "ME1/../../Messages"])
      expect(refusal(() => mediaSid.clean?.(value))).toMatch(/^Input "Media SID": expected a SID: "ME"/);
  });
});
