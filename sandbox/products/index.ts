import type { ProductFactory } from "../core/types";
import { account } from "./account";
import { availablePhoneNumbers } from "./availablePhoneNumbers";
import { calls } from "./calls";
import { compliance } from "./compliance";
import { content } from "./content";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { lookup } from "./lookup";
import { messages } from "./messages";
import { messagingServices } from "./messagingServices";
import { pricing } from "./pricing";
import { senderPool } from "./senderPool";
import { studio } from "./studio";
import { sync } from "./sync";
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
];
