import type { AccountStatus } from "../client/terms";
import { subaccountExample } from "../examplePayloads/subaccounts";
import { toSubaccountChange } from "../inputs/accounts";

export const exampleCreateSubaccount = ({ friendlyName }: { friendlyName?: string }) => ({
  data: { ...subaccountExample, friendlyName: friendlyName ?? subaccountExample.friendlyName },
});

/** Refuses, as the real update does, a change of nothing or a close without the SID typed again. */
export function exampleUpdateSubaccount(values: { sid: string; friendlyName?: string; status?: AccountStatus; confirmClose?: string }) {
  const { sid, ...inputs } = values;
  const change = toSubaccountChange(sid, inputs);
  return {
    data: {
      ...subaccountExample,
      sid,
      friendlyName: change.friendlyName ?? subaccountExample.friendlyName,
      status: change.status ?? subaccountExample.status,
    },
  };
}
