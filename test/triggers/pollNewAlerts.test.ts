import { FIXES_BY_CODE } from "../../src/errors/fixes";
import { ACCOUNT_SID, authTokenConnection, harness } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";

type Alert = Record<string, unknown> & { sid: string };

describe("pollNewAlerts on the sandbox", () => {
  const on = sandboxPerCase({ clock: { running: true } });

  /** One poll as the platform runs it; the polling state lives on `instanceState`, as it does between runs. */
  async function poll(instanceState: Record<string, unknown>, params: Record<string, unknown> = {}) {
    const result = (await harness.trigger(
      "pollNewAlerts",
      {},
      { connection: authTokenConnection(on.sandbox.url), ...params },
      { instanceState },
    )) as unknown as {
      payload: { body: { data: Alert[] } };
    };
    return result.payload.body.data;
  }
  const raise = (alert: Record<string, unknown>) => on.sandbox.control("POST", "alerts", { AccountSid: ACCOUNT_SID, ...alert });

  it("starts from now, then hands each new alert on once, oldest first, with its fix", async () => {
    await raise({ ErrorCode: "30003", GeneratedSecondsAgo: 600 });
    const state = {};
    expect(await poll(state)).toEqual([]);

    await raise({ ErrorCode: "30005", ResourceSid: `SM${"2".repeat(32)}` });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await raise({ ErrorCode: "11200", LogLevel: "warning" });
    const second = await poll(state);
    expect(second.map((alert) => alert.errorCode)).toEqual([30005, 11200]);
    expect(second[0]).toMatchObject({ resourceSid: `SM${"2".repeat(32)}`, fix: FIXES_BY_CODE[30005] });

    expect(await poll(state)).toEqual([]);
  });

  it("hands on only the chosen log level", async () => {
    const state = {};
    await poll(state, { logLevel: "error" });
    await raise({ ErrorCode: "11200", LogLevel: "warning" });
    await raise({ ErrorCode: "30008", LogLevel: "error" });
    const second = await poll(state, { logLevel: "error" });
    expect(second.map((alert) => alert.errorCode)).toEqual([30008]);
    expect(on.sandbox.requests.at(-1)?.query.get("LogLevel")).toBe("error");
  });
});
