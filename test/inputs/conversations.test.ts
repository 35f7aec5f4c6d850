import {
  attributes,
  confirmDelete,
  conversation,
  conversationService,
  friendlyName,
  state,
  timerInactive,
  uniqueName,
} from "../../src/inputs/conversations";
import { refusal } from "../support/refusal";

const SERVICE = `IS${"0123456789abcdef".repeat(2)}`;
const CONVERSATION = `CH${"0123456789abcdef".repeat(2)}`;

describe("conversation inputs", () => {
  it("Conversation Service: an IS SID, optional", () => {
    expect(conversationService.clean?.(SERVICE)).toBe(SERVICE);
    expect(conversationService.clean?.("")).toBeUndefined();
    expect(refusal(() => conversationService.clean?.("IS1"))).toMatch(/^Input "Conversation Service": expected a SID: "IS"/);
  });

  it("Conversation: a CH SID or a unique name that stays one path segment", () => {
    expect(conversation.clean?.(CONVERSATION)).toBe(CONVERSATION);
    expect(conversation.clean?.("order-1234")).toBe("order-1234");
    for (const name of ["", "../Services", "a?b", "100%"])
      expect(refusal(() => conversation.clean?.(name))).toMatch(/^Input "Conversation"/);
  });

  it("Friendly Name and Unique Name", () => {
    expect(friendlyName.clean?.(" Order 1234 ")).toBe("Order 1234");
    expect(refusal(() => friendlyName.clean?.("x".repeat(257)))).toMatch(/^Input "Friendly Name": expected at most \d+ characters/);
    expect(uniqueName.clean?.("order-1234")).toBe("order-1234");
    expect(uniqueName.clean?.("")).toBeUndefined();
    expect(refusal(() => uniqueName.clean?.("order/1234"))).toMatch(/^Input "Unique Name"/);
  });

  it("Attributes: a JSON object", () => {
    expect(attributes.clean?.('{"orderId": "1234"}')).toEqual({ orderId: "1234" });
    expect(attributes.clean?.("")).toBeUndefined();
    expect(refusal(() => attributes.clean?.("[1, 2]"))).toMatch(/^Input "Attributes"/);
    expect(refusal(() => attributes.clean?.("{orderId: 1234}"))).toMatch(/^Input "Attributes"/);
  });

  it("State and timers", () => {
    expect(state.clean?.("closed")).toBe("closed");
    expect(state.clean?.("")).toBeUndefined();
    expect(refusal(() => state.clean?.("archived"))).toMatch(/^Input "State": expected active, inactive, closed/);
    expect(timerInactive.clean?.("PT10M")).toBe("PT10M");
    expect(refusal(() => timerInactive.clean?.("10 minutes"))).toMatch(/expected an ISO 8601 duration such as PT10M/);
  });

  it("Confirm Delete: only true deletes", () => {
    expect(confirmDelete.clean?.(true)).toBe(true);
    expect(confirmDelete.clean?.("true")).toBe(true);
    for (const value of [false, "false", "", undefined, "yes"])
      expect(refusal(() => confirmDelete.clean?.(value))).toMatch(
        /^Input "Confirm Delete": expected true: deleting a conversation cannot be undone/,
      );
  });
});
