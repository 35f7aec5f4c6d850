import RestException from "twilio/lib/base/RestException";
import { OptedOutError } from "../../src/client/conversations/optOuts";
import { LineTypeUncheckedError } from "../../src/client/lookup/lineTypeScreening";
import { MayHaveBeenSentError } from "../../src/client/messages/messages";
import { toTwilioAlert } from "../../src/client/monitor/alerts";
import { NotAccountNumberError } from "../../src/client/numbers/numbers";
import { MayHaveBeenBoughtError, NoNumberForSaleError } from "../../src/client/numbers/purchase";
import { SyncAccessError, SyncServiceMissingError } from "../../src/client/sync/maps";
import { fromTwilioErrorBody, unreadableAnswerError } from "../../src/client/transport/errorMapping";
import { InputError, TwilioApiError } from "../../src/client/transport/errors";
import { VerificationNotPendingError } from "../../src/client/verify/verifications";
import { toBuilderError, withAlertFixes } from "../../src/errors/builderErrors";
import { invalidCodeProblem, invalidFromException } from "../support/twilioAnswers";

const SID = `NO${"0".repeat(32)}`;

describe("toBuilderError", () => {
  it("maps twilio-node's RestException to code, message, link and what to check", () => {
    const error = toBuilderError(invalidFromException()) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.details).toEqual({
      code: 21606,
      status: 400,
      moreInfo: "https://www.twilio.com/docs/errors/21606",
      reason: "The From phone number is not a valid, SMS-capable inbound phone number",
      fix: expect.stringContaining('Check the "From" input'),
    });
    expect(error.message).toContain("Twilio error 21606 (HTTP 400)");
  });

  it("puts the fix between Twilio's words and its link", () => {
    const error = toBuilderError(fromTwilioErrorBody(400, { code: 21211, message: "Invalid 'To' Phone Number: +15005550001" })) as Error;
    expect(error.message).toBe(
      "Twilio error 21211 (HTTP 400): Invalid 'To' Phone Number: +15005550001 Check the \"To\" input: it must be a valid phone number in E.164 format, such as +15558675310. More info: https://www.twilio.com/docs/errors/21211",
    );
  });

  it("falls back to the HTTP status when Twilio's body has no code", () => {
    const error = toBuilderError(new RestException({ statusCode: 401, body: "" })) as TwilioApiError;
    expect(error.message).toMatch(/^Twilio error \(HTTP 401\): .*Check the connection's credentials/);
  });

  it("adds what to check to Twilio's RFC 9457 problem answers (TwilioServiceException)", () => {
    const error = toBuilderError(invalidCodeProblem()) as TwilioApiError;
    expect(error.details).toMatchObject({ code: 60200, status: 400 });
    expect(error.message).toMatch(
      /^Twilio error 60200 \(HTTP 400\): Invalid parameter: Code must be 4-10 digits Verify refused one of the values sent.* More info:/,
    );
  });

  it("explains a timeout on a send without suggesting a blind retry", () => {
    const timeout = Object.assign(new Error("timeout of 30000ms exceeded"), { code: "ECONNABORTED", isAxiosError: true });
    const error = toBuilderError(timeout) as TwilioApiError;
    expect(error.message).toMatch(/ECONNABORTED.*check the message log before resending/);
  });

  it("says an unreadable answer after a success may have been acted on, and after a failure to check the connection's host", () => {
    expect((toBuilderError(unreadableAnswerError(201, "text/html; charset=utf-8")) as Error).message).toBe(
      "Twilio's answer could not be read (HTTP 201, text/html): it is not JSON, or it was cut off. Twilio may have done what was asked: check before repeating a send or a call.",
    );
    expect((toBuilderError(unreadableAnswerError(502, undefined)) as TwilioApiError).details.fix).toMatch(/Base URL, Region and Edge/);
  });

  it("tells how to message the others of a conversation when participants opted out", () => {
    const error = toBuilderError(new OptedOutError(["+15558675310"])) as TwilioApiError;
    expect(error.message).toMatch(/^Not sent: \+15558675310 opted out.*\(Twilio error 21610\)\. The recipient has opted out/);
    expect(error.details).toMatchObject({ code: 21610, fix: expect.stringContaining("Remove Conversation Participant") });
  });

  it("says what to choose instead when the connection may not use Sync, keeping Twilio's code", () => {
    const error = toBuilderError(new SyncAccessError({ code: 20403, status: 403, reason: "Forbidden" })) as TwilioApiError;
    expect(error.message).toMatch(/^This connection may not use Twilio Sync.*Nothing was sent. Set Idempotency Store to "Flow State"/);
    expect(error.details).toMatchObject({ code: 20403, status: 403, fix: expect.stringContaining("Flow State") });
  });

  it("says which input to change when the named Sync Service does not exist, the message as it was", () => {
    const missing = new SyncServiceMissingError(`IS${"0".repeat(32)}`, { code: 20404, status: 404, reason: "Not found" });
    const error = toBuilderError(missing) as TwilioApiError;
    expect(error.message).toBe(missing.message);
    expect(error.details.fix).toMatch(/leave Sync Service empty/);
  });

  it("passes the component's own errors through unchanged, those with a fix and bad inputs alike", () => {
    const own = new TwilioApiError("already mapped", { code: 20404, status: 404, fix: "Pick another." });
    const input = new InputError("To", "a phone number");
    expect(toBuilderError(own)).toBe(own);
    expect(toBuilderError(input)).toBe(input);
  });
});

describe("the client's refusals the component's actions settle", () => {
  it("says a number the account does not own is not one of its numbers, and how to pick one", () => {
    const error = toBuilderError(new NotAccountNumberError("+15017122662")) as TwilioApiError;
    expect(error.message).toBe(
      "+15017122662 is not a phone number of this Twilio account. Pick one of the account's numbers (Select Phone Number, or List Phone Numbers), in E.164 format or by its SID (PN...).",
    );
    expect(error.details).toMatchObject({ status: 404, code: 20404, fix: expect.stringMatching(/^Pick one of the account's numbers/) });
  });

  it("says how to widen a search that found no number for sale, naming Search Available Phone Numbers", () => {
    const none = new NoNumberForSaleError({ type: "local", country: "US", limit: 1 });
    expect(none.message).toBe("Twilio has no local number for sale in US matching the search.");
    const error = toBuilderError(none) as TwilioApiError;
    expect(error.message).toBe(
      "Twilio has no local number for sale in US matching the search. Widen the search: another area code, fewer required capabilities, or no Contains pattern (Search Available Phone Numbers shows what is for sale).",
    );
    expect(error.details).toMatchObject({ code: 21452, fix: expect.stringMatching(/^Widen the search/) });
  });

  it("says a number that may have been bought was not bought again, and to check List Phone Numbers", () => {
    const unknown = new MayHaveBeenBoughtError("+14155550102", "Twilio's answer to the purchase was lost (HTTP 500)");
    expect(unknown.message).toMatch(/check the account's IncomingPhoneNumbers \(or Twilio Console > Phone Numbers\)/);
    expect((toBuilderError(unknown) as Error).message).toBe(
      "+14155550102 may have been bought: Twilio's answer to the purchase was lost (HTTP 500), and it was not among the account's numbers when checked. It was not bought again: check List Phone Numbers (or Twilio Console > Phone Numbers) before buying another.",
    );
  });

  it("says the message may exist and how to find out, never to resend blindly", () => {
    const error = toBuilderError(
      new MayHaveBeenSentError("+15558675310", "the connection was reset after the request was sent"),
    ) as TwilioApiError;
    expect(error.message).toBe(
      "The message to +15558675310 may have been sent: the connection was reset after the request was sent: check the message log before resending (List Messages, or Twilio Console > Monitor > Messaging).",
    );
    expect(error.details.fix).toBe("check the message log before resending (List Messages, or Twilio Console > Monitor > Messaging).");
  });
});

describe("a verification no longer pending", () => {
  const statement =
    "Twilio error 20404 (HTTP 404): verification VE00000000000000000000000000000000 on Verify Service VA00000000000000000000000000000000 is no longer pending";

  it("says to send a new code with Send Verification Code where the client says to start a new verification", () => {
    const gone = new VerificationNotPendingError(`${statement}, so no code can be checked against it.`, "expired");
    expect(gone.message).toMatch(/Its code expired .* Start a new verification if the person still needs to verify\. More info: /);
    const worded = toBuilderError(gone) as TwilioApiError;
    expect(worded.message).toBe(
      `${statement}, so no code can be checked against it. Its code expired (codes last 10 minutes unless the Verify Service says otherwise). Send a new code with Send Verification Code if the person still needs to verify. More info: https://www.twilio.com/docs/errors/20404`,
    );
    expect(worded.details).toEqual({
      code: 20404,
      status: 404,
      moreInfo: "https://www.twilio.com/docs/errors/20404",
      fix: "Its code expired (codes last 10 minutes unless the Verify Service says otherwise). Send a new code with Send Verification Code if the person still needs to verify.",
    });
  });

  it("leaves an approved verification's advice as it is", () => {
    const approved = new VerificationNotPendingError(`${statement} (status approved), so there is nothing to cancel.`, "approved");
    expect((toBuilderError(approved) as Error).message).toBe(approved.message);
  });
});

describe("a bulk row's unchecked line type", () => {
  it("is said in Twilio's terms by the client, and named after Check Line Type First with the lookup's failure worded", () => {
    const lookupFailure = fromTwilioErrorBody(404, { code: 20404, message: "The requested resource was not found" });
    const unchecked = new LineTypeUncheckedError(lookupFailure);
    expect(unchecked.message).toMatch(/^Not sent: its line type could not be checked, and the send checks it first\. /);
    const worded = toBuilderError(unchecked) as TwilioApiError;
    expect(worded.message).toBe(
      `Not sent: its line type could not be checked, and Check Line Type First is on. ${(toBuilderError(lookupFailure) as Error).message}`,
    );
    expect(worded.details).toEqual(expect.objectContaining({ code: 20404, status: 404 }));
  });
});

describe("withAlertFixes", () => {
  it("gives the component's fix for a code it knows, and none for others or for no code", () => {
    const [known, unknown, none] = withAlertFixes(
      [{ error_code: "21211" }, { error_code: "99999" }, { error_code: "not a code" }].map((body) => toTwilioAlert({ sid: SID, ...body })),
    );
    expect(known.fix).toMatch(/"To" input/);
    expect(unknown.fix).toBeNull();
    expect(none).toMatchObject({ errorCode: null, fix: null, moreInfo: null });
  });
});
