import type { ProductFactory } from "../core/types";
import { account } from "./account";
import { calls } from "./calls";
import { content } from "./content";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { lookup } from "./lookup";
import { messages } from "./messages";
import { messagingServices } from "./messagingServices";
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
  lookup,
  verify,
  content,
  studio,
  sync,
];
