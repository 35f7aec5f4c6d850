import {
  callChange,
  callFrom,
  callSid,
  callTo,
  checkStatusCallback,
  confirmCallDeletion,
  confirmDeletion,
  machineDetection,
  ringTimeout,
  sendDigits,
  statusCallbackEvents,
  timeLimit,
  toCallChange,
} from "../../src/inputs/calls";
import { refusal } from "../support/refusal";

const CALL = `CA${"0123456789abcdef".repeat(2)}`;

describe("call inputs", () => {
  it("To: a number, a SIP address or a Voice SDK client; a national number waits for the country code", () => {
    expect(callTo.clean?.("+1 (555) 867-5310")).toBe("+15558675310");
    expect(callTo.clean?.("sip:alice@example.com")).toBe("sip:alice@example.com");
    expect(callTo.clean?.("client:alice")).toBe("client:alice");
    expect(callTo.clean?.("555 867 5310")).toBe("555 867 5310");
    expect(refusal(() => callTo.clean?.(""))).toMatch(/^Input "To": expected /);
    expect(refusal(() => callTo.clean?.("whatsapp:+15558675310"))).toMatch(/^Input "To": expected /);
  });

  it("From: required, a caller Twilio accepts", () => {
    expect(callFrom.clean?.("+1 501 712 2661")).toBe("+15017122661");
    expect(refusal(() => callFrom.clean?.(""))).toMatch(/^Input "From": expected a Twilio phone number in E\.164 format/);
    expect(refusal(() => callFrom.clean?.("AcmeCo"))).toMatch(/^Input "From": expected /);
  });

  it("Call SID: a CA SID, never a path", () => {
    expect(callSid.clean?.(` ${CALL} `)).toBe(CALL);
    expect(refusal(() => callSid.clean?.("../Messages"))).toMatch(/^Input "Call SID"/);
    expect(refusal(() => callSid.clean?.(undefined))).toMatch(/^Input "Call SID"/);
  });

  it("Confirm Deletion: the Call SID typed again", () => {
    expect(confirmCallDeletion.clean?.(undefined)).toBe("");
    expect(() => confirmDeletion(CALL, CALL)).not.toThrow();
    expect(refusal(() => confirmDeletion("yes", CALL))).toBe(
      `Input "Confirm Deletion": expected the Call SID (${CALL}) typed again: deleting a call's record is permanent, got "yes".`,
    );
  });

  it("Status Callback Events: known events in any case, once each, and only with a Status Callback URL", () => {
    expect(statusCallbackEvents.clean?.(["Answered", "ringing", "answered"])).toEqual(["answered", "ringing"]);
    expect(statusCallbackEvents.clean?.(undefined)).toEqual([]);
    expect(refusal(() => statusCallbackEvents.clean?.(["hungup"]))).toMatch(
      /^Input "Status Callback Events": expected events among initiated, ringing, answered, completed, got "hungup"/,
    );
    expect(() => checkStatusCallback("https://hooks.example.com/status", ["answered"])).not.toThrow();
    expect(() => checkStatusCallback(undefined, [])).not.toThrow();
    expect(refusal(() => checkStatusCallback(undefined, ["answered"]))).toMatch(
      /^Input "Status Callback Events": expected a Status Callback URL as well/,
    );
  });

  it("Machine Detection, Ring Timeout, Digits to Send and Time Limit within Twilio's bounds", () => {
    expect(machineDetection.clean?.("")).toBeUndefined();
    expect(machineDetection.clean?.("DetectMessageEnd")).toBe("DetectMessageEnd");
    expect(refusal(() => machineDetection.clean?.("enable"))).toMatch(
      /^Input "Machine Detection": expected Enable, DetectMessageEnd or empty/,
    );
    expect(ringTimeout.clean?.("30")).toBe(30);
    expect(refusal(() => ringTimeout.clean?.("4"))).toMatch(/^Input "Ring Timeout \(seconds\)"/);
    expect(refusal(() => ringTimeout.clean?.("601"))).toMatch(/^Input "Ring Timeout \(seconds\)"/);
    expect(sendDigits.clean?.("ww1234#")).toBe("ww1234#");
    expect(refusal(() => sendDigits.clean?.("12-34"))).toMatch(/^Input "Digits to Send": expected up to 32 of the characters/);
    expect(timeLimit.clean?.("86400")).toBe(86400);
    expect(refusal(() => timeLimit.clean?.("86401"))).toMatch(/^Input "Time Limit \(seconds\)"/);
  });

  it("Change: hang up by default; redirect reads its instructions, the others never do", () => {
    expect(callChange.clean?.(undefined)).toBe("hangUp");
    expect(refusal(() => callChange.clean?.("transfer"))).toMatch(/^Input "Change": expected hangUp, cancel, redirect/);
    const unread = () => {
      throw new Error("instructions read");
    };
    expect(toCallChange("hangUp", unread)).toEqual({ hangUp: true });
    expect(toCallChange("cancel", unread)).toEqual({ cancel: true });
    const instructions = { twimlUrl: "https://example.com/next.xml" } as unknown as ReturnType<Parameters<typeof toCallChange>[1]>;
    expect(toCallChange("redirect", () => instructions)).toEqual({ redirect: instructions });
  });
});
