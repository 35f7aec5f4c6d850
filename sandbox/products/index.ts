import type { ProductFactory } from "../core/types";
import { account } from "./account";
import { calls } from "./calls";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { lookup } from "./lookup";
import { messages } from "./messages";
import { messagingServices } from "./messagingServices";
import { sync } from "./sync";
import { verify } from "./verify";

/** Every Twilio product the sandbox serves: a new product is one module added here. */
export const PRODUCTS: ProductFactory[] = [account, messages, calls, incomingPhoneNumbers, messagingServices, lookup, verify, sync];
