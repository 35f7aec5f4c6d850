import RestException from "twilio/lib/base/RestException";
import {
  ClaimInProgressError,
  claimUnreachableError,
  inProgressError,
  isRefusal,
  mayHaveBeenCreatedError,
  otherContentError,
} from "../../../src/client/claims/claimErrors";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";

describe("isRefusal", () => {
  it("counts input errors and Twilio's 4xx answers, of either error type, as nothing created", () => {
    expect(isRefusal(new InputError("To", "a number", "x"))).toBe(true);
    expect(isRefusal(new TwilioApiError("refused", { status: 400, code: 21211 }))).toBe(true);
    expect(isRefusal(new TwilioApiError("rate limited", { status: 429 }))).toBe(true);
    expect(isRefusal(new RestException({ statusCode: 404, body: { code: 20404, message: "not found", status: 404 } }))).toBe(true);
  });

  it("does not count a server error, a lost answer or an unknown failure: something may exist", () => {
    expect(isRefusal(new TwilioApiError("server", { status: 500 }))).toBe(false);
    expect(isRefusal(new TwilioApiError("no answer", {}))).toBe(false);
    expect(isRefusal(new Error("socket hang up"))).toBe(false);
    expect(isRefusal("failed")).toBe(false);
  });
});

describe("claim errors", () => {
  it("an execution holding the key: retryable, saying nothing was sent", () => {
    const error = inProgressError("message");
    expect(error).toBeInstanceOf(ClaimInProgressError);
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      "Another execution of this flow is creating the message for this idempotency key right now, so this step sent nothing. Retry this execution in a minute or two: it will then return what the other execution created.",
    );
  });

  it("an unreachable claim: retryable, with the reason", () => {
    const error = claimUnreachableError(new Error("Sync answered 503"));
    expect(error).toBeInstanceOf(ClaimInProgressError);
    expect(error.message).toBe(
      "The idempotency key could not be claimed in Twilio Sync (Sync answered 503), so this step sent nothing. Retry this execution: nothing was sent.",
    );
    expect(claimUnreachableError("timeout").message).toContain("(timeout)");
  });

  it("a claim left by a stopped execution: never sent again, with what to check", () => {
    const error = mayHaveBeenCreatedError("call", new Date("2026-11-20T16:00:00Z"), "the call log could not be searched");
    expect(error.message).toBe(
      "The call for this idempotency key may have been created by an earlier execution that stopped at 2026-11-20T16:00:00.000Z before recording it, and the call log could not be searched. Nothing was sent again: check in Twilio whether the call exists before sending again; to send anyway, use a new idempotency key.",
    );
  });

  it("a key used for other content names the idempotencyKey, when and what it created", () => {
    const at = Date.UTC(2026, 10, 20, 16);
    expect(otherContentError("order-1", { at, s: "SM1" }, "message").message).toBe(
      'Input "idempotencyKey": expected a key not used for other content: it was used on 2026-11-20T16:00:00.000Z to create SM1 with different recipients or content. Use a new key for a new message, got "order-1".',
    );
    expect(otherContentError("order-1", { at, s: null }, "message").message).toContain("for a message with different recipients");
  });
});
