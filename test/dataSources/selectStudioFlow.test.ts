import type { Element } from "@prismatic-io/spectral";
import { createFlow } from "../actions/studio/support";
import { authTokenConnection, harness } from "../support/harness";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

/** The sandbox Twilio this file's case runs on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("Select Studio Flow on the sandbox", () => {
  let flowSid: string;
  beforeAll(async () => {
    flowSid = await createFlow(twilio);
  });

  it("selectStudioFlow labels flows with name, status and revision", async () => {
    const { result } = (await harness.dataSource("selectStudioFlow", { connection: authTokenConnection(twilio.url) })) as {
      result: Element[];
    };
    expect(result).toEqual([{ key: flowSid, label: "Test Flow · published · revision 1" }]);
  });
});
