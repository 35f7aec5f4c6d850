import type { VerificationInstance } from "twilio/lib/rest/verify/v2/service/verification";
import type { VerificationCheckInstance } from "twilio/lib/rest/verify/v2/service/verificationCheck";
import type { VerifyServiceList, VerifyServiceRecord } from "../client/verify/services";
import { actionOutput, extend, flag, flagOrNull, integerOrNull, list, mapOrNull, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

/** The verification resources as JSON, as the client returns them. */
type VerificationJson = ReturnType<VerificationInstance["toJSON"]>;
type VerificationCheckJson = ReturnType<VerificationCheckInstance["toJSON"]>;

const verificationFields = {
  sid: text("The verification's SID (VE...): use it in Check Verification Code or Cancel Verification."),
  serviceSid: textOrNull("The Verify Service that sent the code (VA...)."),
  accountSid: textOrNull("The account it belongs to (AC...)."),
  to: textOrNull("Where the code went: a phone number in E.164 or an e-mail address."),
  channel: textOrNull("sms, call, whatsapp or email."),
  status: textOrNull("pending, approved, canceled, max_attempts_reached, deleted, failed or expired."),
  valid: flagOrNull("True once the right code was checked."),
  amount: textOrNull("The amount of a PSD2 payment verification."),
  payee: textOrNull("The payee of a PSD2 payment verification."),
  dateCreated: timeOrNull("When the verification started."),
  dateUpdated: timeOrNull("When it last changed."),
};

const verificationSchema = record<VerificationJson>()(
  "A verification: a one-time code sent to someone.",
  {
    ...verificationFields,
    lookup: mapOrNull("What Twilio found about the number: carrier and line type."),
    sendCodeAttempts: { type: ["array", "null"], description: "Each time a code was sent: its channel and time." },
    sna: mapOrNull("The Silent Network Auth URL, for the sna channel."),
    url: textOrNull("Its URL."),
  },
  "asTwilioSent",
);

export const verificationOutput = actionOutput(verificationSchema);

export const sentVerificationOutput = actionOutput(
  extend(verificationSchema, "The verification started.", {
    replayed: flag("True when an earlier run with the same Idempotency Key had sent the code: nothing was sent this time."),
  }),
);

export const verificationCheckOutput = actionOutput(
  extend(
    record<VerificationCheckJson>()(
      "The verification checked.",
      {
        ...verificationFields,
        snaAttemptsErrorCodes: { type: ["array", "null"], description: "Errors of Silent Network Auth attempts." },
      },
      "asTwilioSent",
    ),
    "The check of a code.",
    { approved: flag("True only when the code was right (status approved); a wrong code leaves the verification pending.") },
  ),
);

const verifyServiceSchema = record<VerifyServiceRecord>()("A Verify Service: the sender of one-time codes.", {
  sid: text("The service's SID (VA...): use it in Send Verification Code."),
  accountSid: textOrNull("The account it belongs to (AC...)."),
  friendlyName: textOrNull("The name people see in the message."),
  codeLength: integerOrNull("How many digits its codes have (4 to 10)."),
  lookupEnabled: flagOrNull("True when it looks the number up before sending."),
  skipSmsToLandlines: flagOrNull("True when it sends no SMS code to landlines."),
  doNotShareWarningEnabled: flagOrNull("True when the message warns not to share the code."),
  customCodeEnabled: flagOrNull("True when it accepts codes given by the sender."),
  dtmfInputRequired: flagOrNull("True when voice codes must be confirmed by a keypress."),
  psd2Enabled: flagOrNull("True when it verifies PSD2 payments."),
  defaultTemplateSid: textOrNull("The message template it uses by default, if any."),
  dateCreated: timeOrNull("When it was created."),
  dateUpdated: timeOrNull("When it last changed."),
  url: textOrNull("Its URL."),
});

export const verifyServiceOutput = actionOutput(verifyServiceSchema);

export const verifyServiceListOutput = actionOutput(
  record<VerifyServiceList>()("Verify Services.", { services: list(verifyServiceSchema, "The services, up to the limit."), ...pageFields }),
);
