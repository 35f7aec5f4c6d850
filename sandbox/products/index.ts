import type { ProductFactory } from "../core/types";
import { incomingPhoneNumbers } from "./incomingPhoneNumbers";
import { messages } from "./messages";
import { sync } from "./sync";

/** Every Twilio product the sandbox serves: a new product is one module added here. */
export const PRODUCTS: ProductFactory[] = [messages, incomingPhoneNumbers, sync];
