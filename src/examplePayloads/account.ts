import type { ConnectionCheck } from "../client/account/account";

export const connectionCheckExample: ConnectionCheck = {
  ok: true,
  problem: null,
  warning: null,
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  friendlyName: "Acme Notifications",
  status: "active",
  type: "Full",
};
