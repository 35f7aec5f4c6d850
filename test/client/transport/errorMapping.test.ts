import { fromTwilioErrorBody, toActionableError } from "../../../src/client/transport/errorMapping";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { rememberSecret } from "../../../src/client/transport/secrets";
import { invalidCodeProblem, invalidFromException } from "../../support/twilioAnswers";

describe("toActionableError", () => {
  it("maps twilio-node's RestException to Twilio's code, words, status and link, and no fix of the component's", () => {
    const error = toActionableError(invalidFromException()) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.details).toEqual({
      code: 21606,
      status: 400,
      moreInfo: "https://www.twilio.com/docs/errors/21606",
      reason: "The From phone number is not a valid, SMS-capable inbound phone number",
    });
    expect(error.message).toBe(
      "Twilio error 21606 (HTTP 400): The From phone number is not a valid, SMS-capable inbound phone number More info: https://www.twilio.com/docs/errors/21606",
    );
  });

  it("keeps the reason of a problem answer (RFC 7807) that has no Twilio message: its title and each rule broken", () => {
    const error = fromTwilioErrorBody(
      422,
      JSON.stringify({
        type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        title: "Invalid request",
        status: 422,
        detail: "Your request is not valid.",
        validation: [{ location: ["body"], severity: "Error", code: "required", message: "Request body must have required property 'To'" }],
      }),
    ) as TwilioApiError;
    expect(error.message).toBe("Twilio error (HTTP 422): Invalid request: Request body must have required property 'To'");
  });

  it("maps Twilio's RFC 9457 problem answers (TwilioServiceException) to code, title and detail", () => {
    const error = toActionableError(invalidCodeProblem()) as TwilioApiError;
    expect(error.details).toMatchObject({ code: 60200, status: 400, reason: "Invalid parameter: Code must be 4-10 digits" });
  });

  it("says which network failure stopped a request, by Node's code", () => {
    const timeout = Object.assign(new Error("timeout of 30000ms exceeded"), { code: "ECONNABORTED", isAxiosError: true });
    const error = toActionableError(timeout) as TwilioApiError;
    expect(error.message).toBe("Could not complete the request to Twilio (ECONNABORTED).");
    expect(error.details).toEqual({ networkCode: "ECONNABORTED" });
  });

  it("rebuilds an axios error from safe fields only: its request config and headers are dropped", () => {
    const axiosError = Object.assign(new Error("Request failed with status code 400"), {
      isAxiosError: true,
      config: { headers: { Authorization: "Basic c2VjcmV0" } },
      response: { status: 400, data: { code: 21211, message: "Invalid 'To' Phone Number", status: 400 } },
    });
    const error = toActionableError(axiosError) as TwilioApiError;
    expect(Object.keys(error)).not.toContain("config");
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain("c2VjcmV0");
    expect(error.details.code).toBe(21211);
  });

  it("scrubs a secret the worker knows from any message that echoes it", () => {
    rememberSecret("super-secret-token-123");
    const error = toActionableError(new Error("upstream said: bad token super-secret-token-123")) as Error;
    expect(error.message).toBe("upstream said: bad token [redacted]");
  });

  it("passes the component's own errors through unchanged", () => {
    const original = new TwilioApiError("already mapped");
    expect(toActionableError(original)).toBe(original);
  });
});
