import type { ProductFactory } from "../core/types";
import { account } from "./account";
import { availablePhoneNumbers } from "./availablePhoneNumbers";
import { calls } from "./calls";
import { compliance } from "./compliance";
import { content } from "./content";
import { conversations } from "./conversations";
import { events } from "./events";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { intelligence } from "./intelligence";
import { lookup } from "./lookup";
import { messages } from "./messages";
import { messagingServices } from "./messagingServices";
import { monitor } from "./monitor";
import { pricing } from "./pricing";
import { senderPool } from "./senderPool";
import { studio } from "./studio";
import { subaccounts } from "./subaccounts";
import { sync } from "./sync";
import { usage } from "./usage";
import { verify } from "./verify";

/** Every Twilio product the sandbox serves: a new product is one module added here. */
export const PRODUCTS: ProductFactory[] = [
  account,
  messages,
  calls,
  incomingPhoneNumbers,
  messagingServices,
  availablePhoneNumbers,
  pricing,
  senderPool,
  compliance,
  lookup,
  verify,
  content,
  studio,
  sync,
  subaccounts,
  usage,
  intelligence,
  monitor,
  events,
  conversations,
];
