/** What the templates receive: validated content plus everything derived from it. */
import type { NewPage } from "../schema/common.ts";
import type { stepStatuses } from "../schema/blocks/next-steps.ts";
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import type { Report } from "../schema/report.ts";
import type { Site } from "../schema/site.ts";
import type { Solution, SolutionStatus } from "../schema/solution.ts";
import type { PersonRef } from "../schema/common.ts";
import type { ItemKind } from "../schema/themable.ts";
import type { BlockModel, ThemeLink } from "./types/blocks.ts";
import type { FeedEntry } from "./types/feed.ts";
import type { LinkGroup } from "./types/links.ts";
import type { OverviewFigure } from "./types/overview.ts";

export type {
  BlockModel,
  BlockModelOf,
  BodyHeadingModel,
  CommonBlockModel,
  ItemLists,
  ItemModel,
  KindFields,
  PictureModel,
  ThemeLink,
} from "./types/blocks.ts";

export interface TocEntry {
  anchor: string;
  title: string;
  children: TocEntry[];
}

/** An item with themes, as the theme pages list it. */
export interface ThemedItem {
  kind: ItemKind;
  title?: string;
  text?: string;
  /** The question it answers, or the heading it stands under. */
  context?: string;
  anchor: string;
  themes: string[];
  /** The solution it tells of, by id. */
  solution?: string;
}

/** Another report on the same themes: enough to link it, and the themes in common. */
export interface RelatedReport {
  title: string;
  url: string;
  lang: Lang;
  date?: string;
  endDate?: string;
  shared: ThemeLink[];
}

export interface OrganiserModel {
  name: string;
  url?: string;
  logo?: string;
}

export interface ReportModel {
  id: string;
  /** Site-relative address, ending in a slash: /2024-10-25-agder/ */
  url: string;
  lang: Lang;
  status: "draft" | "published";
  title: string;
  subtitle?: string;
  date?: string;
  endDate?: string;
  place?: string;
  theme?: string;
  focusQuestion?: string;
  summary?: string;
  organisers: OrganiserModel[];
  /** Who publishes the report: its organisers, or the site's owner when it names none. */
  publisher: string;
  ui: UiStrings;
  blocks: BlockModel[];
  toc: TocEntry[];
  /** The author numbered the titles («1 Innledning», «1.1 Bakgrunn»), some or all: lists of them must not number them again. */
  numberedTitles: boolean;
  /** For the archive card: the participant total, and how many questions were asked. */
  participantTotal?: number;
  questionCount: number;
  /** Every item of the report that carries a theme or tells of a solution, in document order. */
  themedItems: ThemedItem[];
  /** The report's themes, each once, in the order they first appear. */
  themes: ThemeLink[];
  /** Other reports that share themes with this one, most shared first; set with the site. */
  related: RelatedReport[];
  /** Reports it builds on, follows up or goes with, and those that say so of it; set with the site. */
  links: LinkGroup[];
  /** What the search page narrows by (search metadata): year, organisers' and themes' keys, space-separated. */
  searchKeys: SearchKeys;
  /** Every anchor on the report's page, for checking links within it. */
  anchors: ReadonlySet<string>;
  /** Every image file the report shows (figures and Markdown images), for the media stage. */
  images: string[];
  /** report.yaml as validated, for the open-data JSON. */
  source: Report;
  /** Where each Markdown text's footnotes start (notes are numbered through the report), and its citations as formatted. */
  texts: {
    noteStarts: Record<string, number>;
    citations: Record<string, string>;
    /** A Markdown body (trimmed) → its headings' anchors and numbers, in order. */
    headings: Record<string, Array<{ anchor: string; number?: string }>>;
    /** A Markdown body (trimmed) → the labels of its captioned tables («Tabell 3»), in order. */
    tables: Record<string, string[]>;
  };
  /** How many levels the contents shows. */
  contentsDepth: { web: number; print: number };
  /** Where the PDF starts new pages (model/print-layout.ts). */
  print: { newPage: NewPage };
  /** The web contents is long enough to fold on phones. */
  contentsCollapsible: boolean;
  /** The reference list in the report's citation style: each work's key, anchor and entry (HTML). */
  references: ReferenceEntry[];
}

export interface ReferenceEntry {
  key: string;
  anchor: string;
  html: string;
}

/** A page's keys for narrowing a search: the same keys as the search page's choices. */
export interface SearchKeys {
  kind: "report" | "solution";
  year: string;
  organisers: string;
  themes: string;
}

/** A static archive page of the reports that share something: a year, an organiser. */
export interface ArchiveFilter {
  /** What the search page narrows by for it: the year, the organiser's slug. */
  key: string;
  label: string;
  url: string;
  reports: ReportModel[];
}

/** A next step from any report, with where it came from and, when a later report says so, that it is done. */
export type StepStatus = (typeof stepStatuses)[number];

export interface StepModel {
  /** The id a later report refers to it by. */
  id?: string;
  what: string;
  /** Its due date. */
  when?: string;
  who?: string;
  /** Where it stands: its own word, or the latest later report's. */
  status: StepStatus;
  /** The interface string that names the status. */
  statusLabel: keyof UiStrings;
  /** Due before the build's day and still open (planned or ongoing). */
  overdue: boolean;
  report: { title: string; url: string; lang: Lang; year?: string };
  /** Anchor of the step: its id, or one made from its block's. */
  anchor: string;
  /** The later report that changed its status, and what it said. */
  changed?: { status: StepStatus; report: { title: string; url: string }; note?: string };
}

/** The next steps with one status: those with a due date by date, then those without. */
export interface StepGroup {
  status: StepStatus;
  label: string;
  dated: StepModel[];
  undated: StepModel[];
}

/** A choice in a page's narrowing form: the key the items carry, and its name. */
export interface NarrowChoice {
  key: string;
  label: string;
}

/** One theme's page: what it gathers from every report, grouped by kind. */
export interface ThemeModel {
  id: string;
  name: string;
  description?: string;
  url: string;
  /** How many items carry the theme. */
  count: number;
  /** The reports those items come from, in archive order. */
  reports: ReportModel[];
  /** The solutions with the theme. */
  solutions: SolutionFacetLink[];
  groups: Array<{
    kind: ItemKind;
    label: string;
    items: Array<ThemedItem & { report: { title: string; url: string; lang: Lang; year: string; organisers: string } }>;
  }>;
  /** What the page can be narrowed by in the browser: its reports' years and organisers, its kinds of item. */
  narrow: { years: NarrowChoice[]; organisers: NarrowChoice[]; kinds: NarrowChoice[] };
}

export interface SiteModel {
  site: Site;
  /** The site's address (site.yaml url), or http://localhost/ for feeds and sitemap when none is set. */
  siteUrl: string;
  /** The path the site is published under, from its address: "/" or "/rapporter/". */
  pathPrefix: string;
  ui: UiStrings;
  /** Every report that gets a page, newest first: the published ones, and drafts only when previewing. */
  reports: ReportModel[];
  /** The archive by year (newest first) and by organiser (alphabetical). */
  years: ArchiveFilter[];
  organisers: ArchiveFilter[];
  /** Both, for the templates that make one page per filter. */
  filterPages: ArchiveFilter[];
  /** Built by `serve`: each report also has a print preview page, and links it. */
  preview: boolean;
  /** The theme vocabulary in the site's language, alphabetical, each with what it gathers. */
  themes: ThemeModel[];
  /** Every next step of every report, by date; undated last. */
  nextSteps: StepModel[];
  /** The same steps by status, for the next-steps page. */
  nextStepGroups: StepGroup[];
  /** The interface string that names each step status. */
  stepStatusLabels: Record<StepStatus, keyof UiStrings>;
  /** Steps by id, for a report that marks one done. */
  stepsById: Record<string, StepModel>;
  /** The solutions (content/losninger/), by name. */
  solutions: SolutionModel[];
  /** Solutions by id, for the items that tell of one. */
  solutionsById: Record<string, SolutionModel>;
  /** The solutions' index filters (status, theme, sector, region), each a page. */
  solutionFacets: SolutionFacet[];
  /** Every filter page, for the template that makes them. */
  solutionFilterPages: SolutionFilter[];
  /** The Atom feed's entries, reports and new solutions, newest first. */
  feed: FeedEntry[];
  /** The overview page's figures. */
  overview: OverviewFigure[];
}

/** A solution's page, its card in the index and its open data: the validated file, with its links made and its mentions gathered. */
export interface SolutionModel {
  id: string;
  url: string;
  name: string;
  summary: string;
  problem?: string;
  description?: string;
  owners: OrganiserModel[];
  region?: SolutionFacetLink;
  municipalities: string[];
  sectors: SolutionFacetLink[];
  targetGroup?: string;
  status: SolutionStatus;
  /** The status as a class name: «i-drift». */
  statusKey: string;
  statusLink: SolutionFacetLink;
  /** Key figures' numbers formatted in the site's language («1 200»). */
  evidence?: {
    statement: string;
    source?: { title: string; url: string };
    figures: Array<{ value: string; label: string }>;
  };
  readMore: Array<{ title: string; url: string }>;
  contacts: PersonRef[];
  themes: ThemeLink[];
  adoptedBy: Array<{ place: string; year: number; note?: string }>;
  added?: string;
  /** Every item and block of a report that tells of it, newest report first. */
  mentions: SolutionMention[];
  /** The file it came from, for the open data. */
  source: Solution;
  searchKeys: SearchKeys;
}

/** A filter value of the solutions' index: a status, theme, sector or region, with its static page. */
export interface SolutionFacetLink {
  label: string;
  url: string;
}

export interface SolutionMention {
  kind: ItemKind;
  /** The interface string for its kind: «Funn», «Tiltak»… */
  kindLabel: string;
  title?: string;
  text?: string;
  context?: string;
  /** The exact anchor on the report's page. */
  url: string;
  report: { title: string; url: string; lang: Lang; date?: string; endDate?: string };
}

/** One static page of the solutions' index: the solutions with one status, theme, sector or region. */
export interface SolutionFilter extends SolutionFacetLink {
  solutions: SolutionModel[];
}

/** The index's filters, one group per facet, each filter a page. */
export interface SolutionFacet {
  label: string;
  filters: SolutionFilter[];
}
