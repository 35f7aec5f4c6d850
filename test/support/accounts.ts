import { DEMO_ACCOUNT } from "../../sandbox";
import type { Account } from "../../sandbox/core/types";
import { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN } from "./credentials";

/** The accounts the tests authenticate as: the harness's, and the demo account of the scripts. */
export const testAccounts = (): Account[] => [
  { sid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeys: { [API_KEY]: API_SECRET } },
  DEMO_ACCOUNT,
];
