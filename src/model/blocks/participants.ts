/** A participants block: its total (as stated, or the roles added up) and the roles as a chart. */
import { sumOfRoles } from "../../schema/blocks/participants.ts";
import { formatNumber } from "../../shared/format.ts";
import { plainText } from "../../shared/plain-text.ts";
import { chartFrom } from "../charts.ts";
import type { KindModel } from "./context.ts";

export const participants: KindModel<"participants"> = (block, { anchor, ui, lang }) => {
  const chart = chartFrom(
    `${anchor}-chart`,
    `${ui.participantsByRole}`,
    block.roles.map((r) => ({ label: plainText(r.role), value: r.count, text: formatNumber(r.count, lang) })),
  );
  return { total: block.total ?? sumOfRoles(block.roles), ...(chart && { chart }) };
};
