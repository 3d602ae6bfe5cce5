/** The part of @11ty/eleventy-img (which ships no types) that the media stage uses. */
declare module "@11ty/eleventy-img" {
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    filename: string;
    outputPath: string;
    sourceType?: string;
    srcset: string;
  }
  export interface ImageOptions {
    widths?: Array<number | "auto">;
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    svgShortCircuit?: boolean | "size";
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    concurrency?: number;
    sharpOptions?: Record<string, unknown>;
    /** false: always make the files (samling keeps its own cache manifest). */
    useCache?: boolean;
  }
  function Image(src: string, options: ImageOptions): Promise<Record<string, ImageStat[]>>;
  export default Image;
}
