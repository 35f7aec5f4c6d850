import type { ProductFactory } from "../core/types";
import { account } from "./account";
import { calls } from "./calls";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { messages } from "./messages";
import { sync } from "./sync";

/** Every Twilio product the sandbox serves: a new product is one module added here. */
export const PRODUCTS: ProductFactory[] = [account, messages, calls, incomingPhoneNumbers, sync];
