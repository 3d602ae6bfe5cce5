/** Key figures marked as a series (`series: true`): their numeric values as a chart. */
import { formatNumber } from "../../shared/format.ts";
import { plainText } from "../../shared/plain-text.ts";
import { chartFrom } from "../charts.ts";
import type { KindModel } from "./context.ts";

export const keyFigures: KindModel<"key-figures"> = (block, { anchor, lang }) => {
  if (!block.series) return {};
  const numeric = block.items.filter((i): i is typeof i & { value: number } => typeof i.value === "number");
  const chart = chartFrom(
    `${anchor}-chart`,
    plainText(block.title ?? ""),
    numeric.map((i) => ({
      label: plainText(i.label ?? ""),
      value: i.value,
      text: `${formatNumber(i.value, lang)}${i.unit ? `\u00a0${i.unit}` : ""}`,
    })),
  );
  return chart ? { chart } : {};
};
