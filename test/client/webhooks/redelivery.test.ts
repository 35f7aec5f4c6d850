import {
  checkDelivery,
  DELIVERIES_STATE_KEY,
  DELIVERY_MEMORY_MS,
  MAX_REMEMBERED_DELIVERIES,
} from "../../../src/client/webhooks/redelivery";

describe("remembered webhook deliveries", () => {
  it("stay bounded: past the limit the oldest are forgotten, so the state never grows with traffic", () => {
    const now = Date.now();
    // A full memory as checkDelivery writes it (token to when it was first seen), without making it one delivery at a time.
    expect(checkDelivery("token-0", {}, now).state[DELIVERIES_STATE_KEY]).toEqual({ "token-0": now });
    const full = Object.fromEntries(Array.from({ length: MAX_REMEMBERED_DELIVERIES }, (_, i) => [`token-${i}`, now + i]));
    const { state } = checkDelivery(
      `token-${MAX_REMEMBERED_DELIVERIES}`,
      { [DELIVERIES_STATE_KEY]: full },
      now + MAX_REMEMBERED_DELIVERIES,
    );

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
