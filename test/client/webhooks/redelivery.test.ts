import {
  checkDelivery,
  DELIVERIES_STATE_KEY,
  DELIVERY_MEMORY_MS,
  MAX_REMEMBERED_DELIVERIES,
} from "../../../src/client/webhooks/redelivery";

describe("remembered webhook deliveries", () => {
  it("stay bounded: past the limit the oldest are forgotten, so the state never grows with traffic", () => {
    let state: Record<string, unknown> = {};
    const now = Date.now();
    for (let i = 0; i <= MAX_REMEMBERED_DELIVERIES; i++) state = checkDelivery(`token-${i}`, state, now + i).state;

    const remembered = Object.keys(state[DELIVERIES_STATE_KEY] as object);
    expect(remembered).toHaveLength(MAX_REMEMBERED_DELIVERIES);
    expect(remembered).not.toContain("token-0");
    expect(checkDelivery(`token-${MAX_REMEMBERED_DELIVERIES}`, state, now + MAX_REMEMBERED_DELIVERIES + 1).redelivered).toBe(true);
  });

  it("expire: a token seen longer ago than the memory lasts is new again", () => {
    const { state } = checkDelivery("token", { other: "kept" }, 0);
    expect(checkDelivery("token", state, DELIVERY_MEMORY_MS - 1).redelivered).toBe(true);
    expect(checkDelivery("token", state, DELIVERY_MEMORY_MS).redelivered).toBe(false);
    expect(state.other).toBe("kept");
  });
});
