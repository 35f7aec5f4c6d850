import { InputError } from "../../src/client/transport/errors";
import { mediaSid } from "../../src/inputs/media";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("Media SID", () => {
  it("is an ME SID, required, never a path", () => {
    expect(mediaSid.clean?.(` ME${"a".repeat(32)} `)).toBe(`ME${"a".repeat(32)}`);
    for (const value of ["", "ME1", "ME1/../../Messages"])
      expect(refusal(() => mediaSid.clean?.(value))).toMatch(/^Input "Media SID": expected a SID: "ME"/);
  });
});
