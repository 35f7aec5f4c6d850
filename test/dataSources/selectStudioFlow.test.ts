import type { Element } from "@prismatic-io/spectral";
import { sandboxWithFlow } from "../actions/studio/support";
import { authTokenConnection, harness } from "../support/harness";

describe("Select Studio Flow on the sandbox", () => {
  const on = sandboxWithFlow();

  it("selectStudioFlow labels flows with name, status and revision", async () => {
    const { result } = (await harness.dataSource("selectStudioFlow", { connection: authTokenConnection(on.twilio.url) })) as {
      result: Element[];
    };
    expect(result).toEqual([{ key: on.flowSid, label: "Test Flow · published · revision 1" }]);
  });
});
