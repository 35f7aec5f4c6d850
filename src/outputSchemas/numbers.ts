import type { SenderCompliance } from "../client/compliance/senderCompliance";
import type { NumberConfiguration } from "../client/numbers/numbers";
import type { PurchaseResult } from "../client/numbers/purchase";
import type { AvailableNumberRecord, MonthlyPrice } from "../client/numbers/search";
import type { PoolMembership } from "../client/numbers/serviceMembership";
import { actionOutput, flag, flagOrNull, integerOrNull, list, nullable, oneOf, record, text, textOrNull, timeOrNull } from "./fields";
import { phoneNumberFields } from "./products";

type NonNull<T> = Exclude<T, null>;

const capabilities = record<AvailableNumberRecord["capabilities"]>()("What it can do.", {
  sms: flag("Can send and receive SMS."),
  mms: flag("Can send and receive MMS."),
  voice: flag("Can make and receive calls."),
  fax: flag("Can send and receive faxes."),
});

const availableNumberSchema = record<AvailableNumberRecord>()("A number for sale.", {
  phoneNumber: text("The number in E.164: pass it to Buy Phone Number."),
  friendlyName: textOrNull("The number as people write it, such as (415) 555-0100."),
  locality: textOrNull("Its city or town."),
  region: textOrNull("Its state or province, such as CA."),
  postalCode: textOrNull("Its postal code."),
  isoCountry: textOrNull("Its country, such as US."),
  rateCenter: textOrNull("Its rate center (North America)."),
  addressRequirements: textOrNull("none, any, local or foreign: the address the account must have on file to buy it."),
  beta: flag("True for a number new to Twilio's platform."),
  capabilities,
  monthlyPrice: nullable(
    record<MonthlyPrice>()("What it costs each month; null when Twilio's pricing did not say.", {
      amount: text("The price, such as 1.15."),
      currency: text("Its currency, such as USD."),
    }),
  ),
});

export const availableNumbersOutput = actionOutput(
  record<{ availablePhoneNumbers: AvailableNumberRecord[] }>()("Numbers for sale matching the search.", {
    availablePhoneNumbers: list(availableNumberSchema, "The numbers found, up to the limit; empty when none match."),
  }),
);

const numberConfigurationSchema = record<NumberConfiguration>()("One of the account's numbers, with its settings.", {
  ...phoneNumberFields,
  voiceUrl: textOrNull("Where Twilio asks what to do with its incoming calls."),
  voiceMethod: textOrNull("GET or POST, for voiceUrl."),
  voiceFallbackUrl: textOrNull("Where Twilio asks when voiceUrl fails."),
  statusCallback: textOrNull("Where Twilio reports its calls' status."),
  dateCreated: timeOrNull("When the account got it."),
});

export const numberConfigurationOutput = actionOutput(numberConfigurationSchema);

export const purchaseOutput = actionOutput(
  record<PurchaseResult>()("The purchase.", {
    outcome: oneOf(
      ["bought", "mayHaveBeenBought"],
      "bought, or mayHaveBeenBought when Twilio's answer was lost and the number was not found yet: check the account before buying again.",
    ),
    phoneNumber: text("The number bought (E.164)."),
    sid: textOrNull("Its SID in the account (PN...); null when not confirmed."),
    number: nullable(numberConfigurationSchema, "The number's settings; null when not confirmed."),
    reconciled: flag("True when the answer was lost and the number was found in the account instead of being bought again."),
    replayed: flag("True when an earlier run with the same Idempotency Key had bought it: nothing was bought this time."),
    explanation: textOrNull("What happened, when the outcome is not plainly bought."),
    messagingService: nullable(
      record<NonNull<PurchaseResult["messagingService"]>>()("The Messaging Service it was to join; null when none was asked for.", {
        sid: text("The Messaging Service (MG...)."),
        added: flag("True when the number is in its sender pool."),
        error: textOrNull("Why it could not be added, if it was not."),
      }),
    ),
  }),
);

export const releaseOutput = actionOutput(
  record<{ released: boolean; sid: string; phoneNumber: string }>()("The number released.", {
    released: flag("Always true: Twilio confirmed the release."),
    sid: text("The SID the number had (PN...)."),
    phoneNumber: text("The number released (E.164)."),
  }),
);

export const poolMembershipOutput = actionOutput(
  record<PoolMembership>()("The number's place in the Messaging Service's sender pool.", {
    messagingServiceSid: text("The Messaging Service (MG...)."),
    phoneNumberSid: text("The number's SID (PN...)."),
    phoneNumber: text("The number (E.164)."),
    changed: flag("False when it already was as asked: nothing was changed."),
  }),
);

const errors = list(text("One error Twilio reported."), "What Twilio reported as wrong; empty when nothing.");

export const senderComplianceOutput = actionOutput(
  record<SenderCompliance>()("Whether the sender can text US recipients, and why.", {
    sender: text("The sender checked."),
    senderType: oneOf(["tenDlc", "tollFree", "shortCode", "messagingService", "international"], "What kind of sender it is."),
    readyForUS: flag("True when messages to US numbers can go out now."),
    state: text("Where its registration stands, such as campaignVerified, campaignPending, tollFreeRejected or notUsSender."),
    explanation: text("What the state means, in words."),
    nextStep: textOrNull("What to do next; null when nothing is needed."),
    messagingServiceSid: textOrNull("The Messaging Service it sends through (MG...), if any."),
    campaign: nullable(
      record<NonNull<SenderCompliance["campaign"]>>()("Its A2P 10DLC campaign; null when it has none.", {
        sid: text("The campaign (QE...)."),
        status: textOrNull("Twilio's status of the campaign, such as VERIFIED or IN_PROGRESS."),
        errors,
      }),
    ),
    brand: nullable(
      record<NonNull<SenderCompliance["brand"]>>()("Its A2P brand; null when it has none.", {
        sid: text("The brand (BN...)."),
        status: textOrNull("Twilio's status of the brand, such as APPROVED."),
        identityStatus: textOrNull("Whether the business's identity is verified."),
        errors,
      }),
    ),
    tollFreeVerification: nullable(
      record<NonNull<SenderCompliance["tollFreeVerification"]>>()("Its toll-free verification; null for other senders.", {
        sid: text("The verification (HH...)."),
        status: textOrNull("PENDING_REVIEW, IN_REVIEW, TWILIO_APPROVED, TWILIO_REJECTED..."),
        rejectionReason: textOrNull("Why it was rejected, if it was."),
        errorCode: integerOrNull("Twilio's error code of the rejection."),
        editAllowed: flagOrNull("Whether the rejected verification can be edited and resubmitted."),
      }),
    ),
  }),
);
