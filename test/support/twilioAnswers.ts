import RestException from "twilio/lib/base/RestException";

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
