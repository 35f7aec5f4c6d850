import type { PhoneNumberInstance } from "twilio/lib/rest/lookups/v2/phoneNumber";
import type { ConnectionCheck } from "../client/account/account";
import type { ContentTemplate, ContentTemplateList, WhatsAppApproval } from "../client/content/templates";
import type { LookupResult } from "../client/lookup/phoneNumbers";
import type { PhoneNumberList, PhoneNumberRecord } from "../client/phoneNumbers/phoneNumbers";
import type { StudioExecution, StudioExecutionDetails, StudioStep } from "../client/studio/executions";
import { actionOutput, flag, flagOrNull, list, map, mapOrNull, nullable, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

/** Lookup's answer as JSON, each package null unless asked for. */
type LookupJson = ReturnType<PhoneNumberInstance["toJSON"]>;

export const connectionCheckOutput = actionOutput(
  record<ConnectionCheck>()("Whether the connection works.", {
    ok: flag("True when Twilio accepted the credentials and the account can send."),
    problem: textOrNull("What is wrong and how to fix it, when ok is false."),
    warning: textOrNull("Something to know even though it works, such as a trial account's limits."),
    accountSid: text("The account the connection reaches (AC...)."),
    friendlyName: textOrNull("The account's name."),
    status: textOrNull("active, suspended or closed."),
    type: textOrNull("Trial or Full."),
  }),
);

/** Shared with Buy and Update Phone Number, whose records add to these. */
export const phoneNumberFields = {
  sid: text("The number's SID (PN...)."),
  phoneNumber: text("The number in E.164."),
  friendlyName: text("Its name in the account."),
  capabilities: record<PhoneNumberRecord["capabilities"]>()("What it can do.", {
    sms: flag("Can send and receive SMS."),
    mms: flag("Can send and receive MMS."),
    voice: flag("Can make and receive calls."),
    fax: flag("Can send and receive faxes."),
  }),
  smsUrl: textOrNull("Where Twilio sends its incoming messages now."),
  smsMethod: textOrNull("GET or POST, for smsUrl."),
  smsFallbackUrl: textOrNull("Where Twilio sends them when smsUrl fails."),
  smsApplicationSid: textOrNull("The TwiML App handling its messages instead of smsUrl, if any."),
  status: textOrNull("in-use, or another Twilio status."),
};

const phoneNumberSchema = record<PhoneNumberRecord>()("One of the account's phone numbers.", phoneNumberFields);

export const phoneNumberListOutput = actionOutput(
  record<PhoneNumberList>()("The account's phone numbers.", {
    phoneNumbers: list(phoneNumberSchema, "The numbers, up to the limit."),
    nextPageUri: textOrNull('Pass to "Continue From" to get the numbers after these; null when there are no more.'),
    hasMore: flag("True when the account has more numbers than the limit."),
  }),
);

const lookupPackage = (description: string) => mapOrNull(`${description}; null unless asked for.`);

export const lookupOutput = actionOutput(
  record<LookupResult>()("What Lookup found about the number.", {
    valid: flag("True when the number is valid; a number that is not is a result, not an error."),
    validationErrors: list(text("A reason."), "Why it is not valid: TOO_SHORT, TOO_LONG, INVALID_COUNTRY_CODE, NOT_A_NUMBER..."),
    phoneNumber: text("The number in E.164."),
    nationalFormat: textOrNull("The number as written in its country."),
    countryCode: textOrNull("Its country (ISO 3166-1 alpha-2, such as US)."),
    lineType: textOrNull("mobile, landline, fixedVoip, nonFixedVoip, tollFree...; null unless Line Type Intelligence was on."),
    carrierName: textOrNull("Its carrier; null unless Line Type Intelligence was on."),
    callerName: textOrNull("The name registered for it; null unless Caller Name was on."),
    lookup: record<LookupJson>()(
      "Twilio's whole answer, one field per package.",
      {
        callingCountryCode: textOrNull("The country calling code, such as 1."),
        countryCode: textOrNull("Its country (ISO 3166-1 alpha-2)."),
        phoneNumber: textOrNull("The number in E.164."),
        nationalFormat: textOrNull("The number as written in its country."),
        valid: flagOrNull("True when the number is valid."),
        validationErrors: { type: ["array", "null"], description: "Why it is not valid." },
        callerName: lookupPackage("Caller Name: callerName, callerType, errorCode"),
        simSwap: lookupPackage("SIM Swap: when the SIM last changed"),
        callForwarding: lookupPackage("Call Forwarding: whether calls are forwarded"),
        lineTypeIntelligence: lookupPackage("Line Type Intelligence: type, carrierName, mobileCountryCode, mobileNetworkCode"),
        lineStatus: lookupPackage("Line Status: whether the line is active"),
        identityMatch: lookupPackage("Identity Match: how the details given match the owner"),
        reassignedNumber: lookupPackage("Reassigned Number: whether it changed owner since the date given"),
        smsPumpingRisk: lookupPackage("SMS Pumping Risk: its risk score"),
        phoneNumberQualityScore: lookupPackage("Phone Number Quality Score"),
        preFill: lookupPackage("Pre-fill: the owner's details"),
        url: textOrNull("The Lookup URL."),
      },
      "asTwilioSent",
    ),
  }),
);

const approvalSchema = record<WhatsAppApproval>()("WhatsApp's review of the template.", {
  status: text("approved, pending, received, rejected, paused, disabled or unsubmitted."),
  name: textOrNull("The name it was submitted under."),
  category: textOrNull("The category it was submitted under: UTILITY, MARKETING or AUTHENTICATION."),
  rejectionReason: textOrNull("Why WhatsApp rejected it."),
});

const templateSchema = record<ContentTemplate>()("A content template.", {
  sid: text("The template's SID (HX...): use it as Content Template SID in Send Message."),
  friendlyName: textOrNull("Its name."),
  language: textOrNull("Its language, such as en."),
  contentTypes: list(text("A content type."), "The kinds of message it can be sent as: twilio/text, twilio/media, twilio/card..."),
  placeholders: list(text("A placeholder."), 'The placeholders its content uses ("1", "2"...), each to be given in Content Variables.'),
  variables: map("The sample values kept with it, by placeholder."),
  approvalStatus: text('WhatsApp\'s approval status; "unsubmitted" when never submitted.'),
  whatsappApproval: nullable(approvalSchema, "WhatsApp's review; null when never submitted."),
  types: map("The content itself, by content type, as Twilio stores it."),
  dateCreated: timeOrNull("When it was created."),
  dateUpdated: timeOrNull("When it last changed."),
});

export const contentTemplateOutput = actionOutput(templateSchema);

export const contentTemplateListOutput = actionOutput(
  record<ContentTemplateList>()("Content templates.", {
    templates: list(templateSchema, "The templates, up to the limit."),
    ...pageFields,
  }),
);

const executionFields = {
  sid: text("The execution's SID (FN...): use it in Get Studio Execution."),
  flowSid: text("The flow run (FW...)."),
  accountSid: text("The account it belongs to (AC...)."),
  contactChannelAddress: textOrNull("The contact the flow runs for, such as +15558675310."),
  status: text("active while the flow runs, ended once it finished."),
  dateCreated: timeOrNull("When it started."),
  dateUpdated: timeOrNull("When it last changed."),
  url: textOrNull("Its URL."),
};

const startedExecutionSchema = record<StudioExecution>()("The Studio execution started.", executionFields);

/** `replayed` only with an Idempotency Key: without one the output stays as it was before keys. */
export const studioExecutionOutput = actionOutput({
  ...startedExecutionSchema,
  properties: {
    ...startedExecutionSchema.properties,
    replayed: flag("With an Idempotency Key: true when an earlier run with the same key had started it; nothing was started this time."),
  },
});

const stepSchema = record<StudioStep>()("A widget the execution ran.", {
  sid: text("The step's SID (FT...)."),
  name: text("The widget it ran."),
  transitionedFrom: textOrNull("The widget before it."),
  transitionedTo: textOrNull("The widget after it."),
  parentStepSid: textOrNull("The step that started it, if any."),
  context: map("The widget's output."),
  dateCreated: timeOrNull("When it ran."),
});

export const studioExecutionDetailsOutput = actionOutput(
  record<StudioExecutionDetails>()("A Studio execution with its context and steps.", {
    ...executionFields,
    context: map("What the flow knows: flow.data (the parameters), each widget's output, the trigger."),
    steps: list(stepSchema, "The widgets run so far, in Twilio's order."),
    hasMoreSteps: flag("True when it ran more steps than listed."),
  }),
);

/** Whatever the endpoint answers: an object for JSON, text otherwise, null for an empty answer. */
export const rawOutput = actionOutput({
  description: "Twilio's answer as it sent it (parsed when JSON): its fields are those of the endpoint called.",
});
