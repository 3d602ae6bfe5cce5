/**
 * A block as its template receives it: the block as written (its schema in
 * schema/blocks/<kind>.ts), the fields every block gets from the model, and
 * the fields its own kind adds (model/blocks/<kind>.ts). `BlockModel` is the
 * union over kinds, so a template author — and TypeScript — can see which
 * fields a table block has and that a text block has none of them.
 */
import type { Block, BlockKind } from "../../schema/blocks/index.ts";
import type { BarChart } from "./chart.ts";
import type { TableModel } from "./table.ts";

/** A theme an item carries, named in the language of the item's report. */
export interface ThemeLink {
  id: string;
  name: string;
  /** Site-relative address of the theme's page. */
  url: string;
}

/** A finding, proposal, measure, recurring answer or next step as rendered: its text, anchor and themes. */
export interface ItemModel {
  title?: string;
  text?: string;
  anchor: string;
  themes: ThemeLink[];
  /** Where the item is in its block, as a JSON Pointer ("/items/0/answers/funn/1"), for the open data. */
  pointer: string;
  /** The solution it tells of, by id (SiteModel.solutionsById names it). */
  solution?: string;
}

/**
 * A block's items, filed where its template looks them up: answers[question][part],
 * columns[column], proposals, measures, items. See schema/themable.ts.
 */
export interface ItemLists {
  [slot: string]: ItemModel[] | ItemLists;
}

export interface BodyHeadingModel {
  anchor: string;
  number?: string;
  /** Plain text, the number in front when there is one. */
  title: string;
  depth: number;
}

/** An image of a figure: its file (the media stage's key), and what it says of itself. */
export interface PictureModel {
  file: string;
  alt?: string;
  decorative: boolean;
}

/** What the model gives every block, whatever its kind. */
export interface CommonBlockModel {
  anchor: string;
  /** Inline Markdown for the block's heading; absent when the block has none. */
  heading?: string;
  /** Plain text for the table of contents. */
  tocLabel?: string;
  /** Level of the block's own heading (2 at the top of a report). */
  level: number;
  /** Level for headings inside the block: one below its own, or the same when it has no heading. */
  sublevel: number;
  children: BlockModel[];
  /** The block's items with their anchors and themes. */
  lists: ItemLists;
  /** Themes of the block as a whole. */
  themeLinks: ThemeLink[];
  /** The content file the block is written in: images in its Markdown are files beside it. */
  from: string;
  /** Its number when the report numbers titles (`numbering: true`): «2.3», «Del 2». */
  headingNumber?: string;
}

/** What each kind adds; a kind not named here adds nothing. */
export interface KindFields {
  participants: {
    /** The stated total, or the sum of the roles. */
    total: number;
    /** The roles as a bar chart, when there are few enough to read. */
    chart?: BarChart;
  };
  poll: {
    /** The counted answers, or how many of the participants answered, as a bar chart. */
    chart?: BarChart;
    /** Every answer is in the chart, with its number, and says nothing more: the list would repeat it. */
    chartShowsAll?: true;
  };
  "key-figures": {
    /** The figures as a bar chart, for a block marked `series`. */
    chart?: BarChart;
  };
  questions: {
    /** Each question's anchor, in order. */
    itemAnchors: string[];
  };
  table: {
    /** The grid the template loops over. (Its `total: true`, the last row is a total, stays as written.) */
    grid: TableModel;
    /** «Tabell 2»: numbered through the report, the same on the web and in print, unless `number: false`. */
    numberLabel?: string;
  };
  figure: {
    /** The figure's images, each with the file it shows. */
    pictures: PictureModel[];
    /** «Figur 3», unless `number: false`. */
    numberLabel?: string;
  };
  text: {
    /** The headings inside its Markdown body, for the contents: anchor, number, plain title, depth below the body's first level. */
    bodyHeadings?: BodyHeadingModel[];
  };
  section: {
    /** The headings inside its Markdown body (see text). */
    bodyHeadings?: BodyHeadingModel[];
  };
}

/** What a block of kind K adds to the block as written. */
export type FieldsOf<K extends BlockKind> = K extends keyof KindFields ? KindFields[K] : Record<never, never>;

/** A block of one kind as rendered. */
export type BlockModelOf<K extends BlockKind> = Extract<Block, { kind: K }> & CommonBlockModel & FieldsOf<K>;

/** A block as rendered: its anchor, heading levels and, for a section, its blocks, with what its kind adds. */
export type BlockModel = { [K in BlockKind]: BlockModelOf<K> }[BlockKind];
