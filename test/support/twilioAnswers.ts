import RestException from "twilio/lib/base/RestException";
import TwilioServiceException from "twilio/lib/base/TwilioServiceException";

/** What twilio-node throws when Twilio refuses a send's From (21606): the error layers' common case. */
export function invalidFromException(): RestException {
  return new RestException({
    statusCode: 400,
    body: {
      code: 21606,
      message: "The From phone number is not a valid, SMS-capable inbound phone number",
      more_info: "https://www.twilio.com/docs/errors/21606",
    },
  });
}

/** What twilio-node throws for Verify's RFC 9457 problem answer refusing a code (60200). */
export function invalidCodeProblem(): TwilioServiceException {
  return new TwilioServiceException({
    statusCode: 400,
    body: {
      type: "https://www.twilio.com/docs/errors/60200",
      title: "Invalid parameter",
      status: 400,
      code: 60200,
      detail: "Code must be 4-10 digits",
    },
  });
}
