/** The parts of Citation.js samling uses (the packages ship no types). */
declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(data: unknown, options: { forceType?: string; generateGraph?: boolean }): Array<Record<string, unknown>>;
    };
    config: {
      get(name: "@csl"): {
        engine(data: unknown[], style: string, locale: string, format: string): CslEngine;
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
  export interface CslEngine {
    updateItems(ids: string[]): void;
    makeCitationCluster(items: Array<Record<string, unknown>>): string;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    opt: { development_extensions: Record<string, boolean> };
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
