/** The part of Eleventy's programmatic API samling uses (Eleventy ships no types). */
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input: string,
      output: string,
      options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string },
    );
    write(): Promise<unknown>;
    setIsVerbose(verbose: boolean): void;
    /** Nothing Eleventy logs reaches the console, not even its forced «Wrote … files» line. */
    disableLogger(): void;
  }
}
