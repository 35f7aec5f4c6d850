import { FileTooLargeError, TwilioApiError } from "../../src/client/transport/errors";
import { maxSizeMb, namingMaxSize } from "../../src/inputs/downloads";
import { refusal } from "../support/refusal";

describe("download inputs", () => {
  it("Max Size (MB): megabytes to bytes, 50 MB by default, 1 to 500", () => {
    expect(maxSizeMb.clean?.("")).toBe(50 * 1024 * 1024);
    expect(maxSizeMb.clean?.("1")).toBe(1024 * 1024);
    expect(refusal(() => maxSizeMb.clean?.("501"))).toMatch(/^Input "Max Size \(MB\)"/);
  });

  it("names the input that raises the cap when a download is over it, and passes other errors on", () => {
    let thrown: unknown;
    try {
      namingMaxSize(new FileTooLargeError("The file is larger than 1048576 bytes.", { status: 200 }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TwilioApiError);
    expect((thrown as Error).message).toBe(
      'The file is larger than 1048576 bytes. Raise "Max Size (MB)" if the step may hold a file this large in memory.',
    );
    expect((thrown as TwilioApiError).details).toMatchObject({ status: 200, fix: expect.stringContaining("Max Size (MB)") });
    const other = new Error("socket hang up");
    expect(() => namingMaxSize(other)).toThrow(other);
  });
});
