// Types of the resume-parser package: a JSON Resume 1.x document plus the parser's extras.

/** Where a value came from in the input: UTF-16 offsets by default (JS string indices). */
export interface Span { start: number; end: number }

export interface Location { address?: string; postalCode?: string; city?: string; region?: string; countryCode?: string }
export interface Profile { network?: string; username?: string; url?: string; span: Span }
export interface FieldSpan { field: 'name' | 'label' | 'email' | 'phone' | 'url' | 'summary' | 'location'; span: Span }

export interface Basics {
  name?: string; label?: string; email?: string; phone?: string; url?: string; summary?: string;
  location?: Location; profiles?: Profile[];
  /** Source of each basics field. */
  spans?: FieldSpan[];
}

/** ISO 8601 partial date: "2022", "2022-03" or "2022-03-15". */
export type IsoDate = string;

interface Dated { startDate?: IsoDate; endDate?: IsoDate; /** Ongoing ("Present", "至今"): no endDate. */ current?: true }

export interface Work extends Dated { name?: string; position?: string; location?: string; url?: string; summary?: string; highlights?: string[]; span: Span }
export interface Volunteer extends Dated { organization?: string; position?: string; url?: string; summary?: string; highlights?: string[]; span: Span }
export interface Education extends Dated { institution?: string; url?: string; area?: string; studyType?: string; score?: string; courses?: string[]; span: Span }
export interface Award { title?: string; date?: IsoDate; awarder?: string; summary?: string; span: Span }
export interface Certificate { name?: string; date?: IsoDate; issuer?: string; url?: string; span: Span }
export interface Publication { name?: string; publisher?: string; releaseDate?: IsoDate; url?: string; summary?: string; span: Span }
export interface Skill { name?: string; level?: string; keywords?: string[]; span: Span }
export interface Language { language?: string; fluency?: string; span: Span }
export interface Interest { name?: string; keywords?: string[]; span: Span }
export interface Project extends Dated { name?: string; description?: string; url?: string; highlights?: string[]; span: Span }

export type SectionKind = 'basics' | 'summary' | 'work' | 'education' | 'projects' | 'skills' | 'publications' | 'awards'
  | 'certificates' | 'languages' | 'volunteer' | 'interests' | 'references' | 'other';

export interface SectionInfo { kind: SectionKind; heading: string; span: Span; /** Body text of sections of kind "other". */ text?: string }

export interface Resume {
  basics?: Basics; work?: Work[]; volunteer?: Volunteer[]; education?: Education[]; awards?: Award[];
  certificates?: Certificate[]; publications?: Publication[]; skills?: Skill[]; languages?: Language[];
  interests?: Interest[]; projects?: Project[];
  meta: { generator: string; sections?: SectionInfo[] };
}

export interface ParseOptions {
  /** Units of every span: "utf16" (default, JS string indices) or "utf8" (byte offsets). */
  spanUnits?: 'utf16' | 'utf8';
}

/** Parses résumé text into a JSON Resume document. Throws an Error on a non-string input. */
export function parse(text: string, options?: ParseOptions): Resume;
/** The parser's version. */
export function version(): string;
/** Loads the WebAssembly module (browsers and bundlers; a no-op in Node). */
export default function init(moduleOrPath?: unknown): Promise<unknown>;
/** For benchmarks: parses `text` `iterations` times inside wasm; returns a checksum. */
export function benchParse(text: string, iterations: number): number;
/** Panics on purpose inside WebAssembly (for tests of the recovery after a trap). */
export function __panicForTests(): void;
