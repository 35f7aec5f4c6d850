import RestException from "twilio/lib/base/RestException";
import type { IncomingPhoneNumberInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import type { KeyedRun } from "../idempotency";
import { SID_PATTERNS } from "../identifiers/sids";
import { type FailureWording, refusalOf } from "../pool";
import { TwilioApiError } from "../transport/errors";
import { mayHaveReachedTwilio } from "../transport/retryPolicy";
import { redactSecrets } from "../transport/secrets";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { findOwnNumber, type NumberConfiguration, toNumberConfiguration } from "./numbers";
import { type NumberSearch, searchAvailableNumbers } from "./search";
import { addToSenderPool } from "./senderPool";

interface PurchaseRequest {
  /** The number to buy (E.164), or undefined to buy the first number `search` finds. */
  phoneNumber?: string;
  search: NumberSearch;
  friendlyName?: string;
  smsUrl?: string;
  voiceUrl?: string;
  messagingServiceSid?: string;
}

export interface PurchaseResult {
  /** "mayHaveBeenBought": Twilio's answer was lost and the account's numbers did not show it; nothing was asked again. */
  outcome: "bought" | "mayHaveBeenBought";
  phoneNumber: string;
  sid: string | null;
  number: NumberConfiguration | null;
  /** The first answer was lost and the number was then found among the account's numbers. */
  reconciled: boolean;
  replayed: boolean;
  explanation: string | null;
  messagingService: { sid: string; added: boolean; error: string | null } | null;
}

/** Waits before each look at the account's numbers after a lost answer. */
const PURCHASE_LOOK_DELAYS_MS = [1_000, 2_000];

type Bought = Omit<PurchaseResult, "replayed"> & { sid: string };

/**
 * Buys a number at most once: a purchase that may have reached Twilio is never sent again (it is
 * billed every month). A lost answer is settled by looking the number up among the account's
 * numbers; with an idempotency key (see createOnceForKey) a rerun of the flow buys nothing and
 * returns the first run's number, and a claim left by an execution that stopped is settled the same way.
 */
export async function buyNumberOnce(
  client: TwilioClient,
  request: PurchaseRequest,
  run: IdempotencyOptions,
  /** How a failure to join the Messaging Service, and a purchase that may have been made, are worded in the result. */
  wording?: FailureWording,
): Promise<KeyedRun<PurchaseResult>> {
  const keyed = await createOnceForKey<Bought>(client, run, request, {
    noun: "phone number",
    create: () => buyNumber(client, request, wording),
    replay: (prior) => replayPurchase(client, prior.sid, wording),
    findCreated: (since) => findPurchase(client, request, since),
  });
  // The claim keeps the number itself when Twilio never gave a SID for it.
  const sid = keyed.data.outcome === "bought" ? keyed.data.sid : null;
  return { ...keyed, data: { ...keyed.data, sid } };
}

/**
 * A purchase an execution that stopped may have made: the named number among the account's numbers,
 * bought since the claim. A number found by search is unknown until bought: that cannot be told.
 */
async function findPurchase(client: TwilioClient, request: PurchaseRequest, since: Date): Promise<Bought | undefined> {
  if (!request.phoneNumber) throw new Error("the number a search would have picked is not known");
  const found = await findOwnNumber(client, request.phoneNumber);
  if (!found || (found.dateCreated && found.dateCreated < since)) return undefined;
  return boughtResult(found, true);
}

async function buyNumber(client: TwilioClient, request: PurchaseRequest, wording: FailureWording | undefined): Promise<Bought> {
  const phoneNumber = request.phoneNumber ?? (await firstAvailable(client, request.search));
  const options = { phoneNumber, friendlyName: request.friendlyName, smsUrl: request.smsUrl, voiceUrl: request.voiceUrl };
  let bought: IncomingPhoneNumberInstance | undefined;
  let reconciled = false;
  try {
    bought = await client.incomingPhoneNumbers.create(options);
  } catch (error) {
    if (!mayHaveReachedTwilio(error)) throw error;
    bought = await lookForPurchase(client, phoneNumber);
    if (!bought) return mayHaveBeenBought(phoneNumber, `Twilio's answer to the purchase was lost (${describe(error)})`, wording);
    reconciled = true;
  }
  const messagingService = request.messagingServiceSid ? await joinService(client, request.messagingServiceSid, bought.sid, wording) : null;
  return { ...boughtResult(bought, reconciled), messagingService };
}

async function firstAvailable(client: TwilioClient, search: NumberSearch): Promise<string> {
  const [first] = await searchAvailableNumbers(client, { ...search, limit: 1 });
  if (first) return first.phoneNumber;
  throw new NoNumberForSaleError(search);
}

/** Twilio has no number for sale that the search matches; how to widen it is the caller's to say. */
export class NoNumberForSaleError extends TwilioApiError {
  constructor(search: NumberSearch) {
    super(`Twilio has no ${search.type} number for sale in ${search.country} matching the search.`, { code: 21452 });
  }
}

/** A purchase that may have reached Twilio and that the account's numbers do not show: said so, never bought again. */
export class MayHaveBeenBoughtError extends TwilioApiError {
  /** Why, secrets scrubbed: an error may be serialized into run logs with its own fields. */
  readonly because: string;

  constructor(
    readonly phoneNumber: string,
    because: string,
  ) {
    super(
      `${phoneNumber} may have been bought: ${because}, and it was not among the account's numbers when checked. It was not bought again: check the account's IncomingPhoneNumbers (or Twilio Console > Phone Numbers) before buying another.`,
    );
    this.because = redactSecrets(because);
  }
}

/** Absence is never taken as proof: a purchase Twilio is still completing would be bought twice. */
async function lookForPurchase(client: TwilioClient, phoneNumber: string): Promise<IncomingPhoneNumberInstance | undefined> {
  for (const delay of PURCHASE_LOOK_DELAYS_MS) {
    await waits.sleep(delay);
    try {
      const found = await findOwnNumber(client, phoneNumber);
      if (found) return found;
    } catch {
      // An unreadable list proves nothing either way: look again, then report the purchase as unknown.
    }
  }
  return undefined;
}

function mayHaveBeenBought(phoneNumber: string, because: string, wording: FailureWording | undefined): Bought {
  return {
    outcome: "mayHaveBeenBought",
    phoneNumber,
    sid: phoneNumber,
    number: null,
    reconciled: false,
    explanation: refusalOf(new MayHaveBeenBoughtError(phoneNumber, because), wording).message,
    messagingService: null,
  };
}

/** Joining the pool is a separate request: its failure is reported, the number stays bought. */
async function joinService(
  client: TwilioClient,
  serviceSid: string,
  phoneNumberSid: string,
  wording: FailureWording | undefined,
): Promise<PurchaseResult["messagingService"]> {
  try {
    await addToSenderPool(client, serviceSid, phoneNumberSid);
    return { sid: serviceSid, added: true, error: null };
  } catch (error) {
    return { sid: serviceSid, added: false, error: refusalOf(error, wording).message };
  }
}

/** What the first run bought, as it is now; a number it could not prove bought is looked up again, never bought. */
async function replayPurchase(client: TwilioClient, recorded: string, wording: FailureWording | undefined): Promise<Bought> {
  if (!SID_PATTERNS.phoneNumber.test(recorded)) {
    const found = await findOwnNumber(client, recorded);
    return found ? boughtResult(found, false) : mayHaveBeenBought(recorded, "an earlier run's purchase answer was lost", wording);
  }
  const number = await client
    .incomingPhoneNumbers(recorded)
    .fetch()
    .catch((error) => {
      // Only "not found" means released; any other failure is the step's to report.
      if (error instanceof RestException && error.status === 404) return undefined;
      throw error;
    });
  if (number) return boughtResult(number, false);
  const explanation = `An earlier run bought ${recorded}, which is no longer in the account (released since).`;
  return { outcome: "bought", phoneNumber: "", sid: recorded, number: null, reconciled: false, explanation, messagingService: null };
}

function boughtResult(number: IncomingPhoneNumberInstance, reconciled: boolean): Bought {
  const configuration = toNumberConfiguration(number);
  return {
    outcome: "bought",
    phoneNumber: number.phoneNumber,
    sid: number.sid,
    number: configuration,
    reconciled,
    explanation: null,
    messagingService: null,
  };
}

function describe(error: unknown): string {
  const failure = error as { code?: unknown; status?: unknown };
  return typeof failure?.status === "number" ? `HTTP ${failure.status}` : String(failure?.code ?? "connection lost");
}
