import * as z from "zod";
import { blockBase } from "./base.ts";

export const references = z
  .strictObject({
    kind: z.literal("references"),
    ...blockBase,
    include: z
      .enum(["cited", "all"])
      .default("cited")
      .describe(
        "cited (standard): kildene teksten viser til. all: alle kildene i litteraturfilene, også dem teksten ikke viser til.",
      ),
  })
  .describe(
    "Litteraturliste: kildene rapporten viser til med [@nøkkel], fra BibTeX- eller CSL-JSON-filer i rapportmappen, i rapportens referansestil. Overskriften er «Litteratur» når tittel mangler.",
  );
