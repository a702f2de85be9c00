import Markdown, { type Components } from "react-markdown";
import { cn } from "@/lib/cn";

/** What a note may use: paragraphs, bold, italics, lists, links, quotes and inline code. */
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code"];

/**
 * Only web and mail links survive (javascript:, data: and relative links are dropped); react-markdown
 * then leaves the text of a dropped link without its href.
 */
function safeNoteUrl(url: string): string | null {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

/** The element's props without react-markdown's `node` (the syntax tree node, not a DOM attribute). */
function domProps<P extends { node?: unknown }>(props: P): Omit<P, "node"> {
  const rest = { ...props };
  delete rest.node;
  return rest;
}

const components: Components = {
  // A plain-text note's single line breaks stay line breaks (markdown alone would join the lines).
  p: (props) => <p className="whitespace-pre-line" {...domProps(props)} />,
  a: (props) => <a target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline hover:text-brand-600" {...domProps(props)} />,
  ul: (props) => <ul className="list-disc pl-5" {...domProps(props)} />,
  ol: (props) => <ol className="list-decimal pl-5" {...domProps(props)} />,
  blockquote: (props) => <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-600" {...domProps(props)} />,
  code: (props) => <code className="rounded bg-slate-100 px-1 text-[0.85em]" {...domProps(props)} />,
};

/**
 * Characters and line starts that can make markdown: text without any is plain paragraphs, which
 * NoteMarkdown renders without the markdown parser (most logged calls and emails; a timeline page
 * renders 50 entries).
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>#&!~|=+-]|^(?: {4}|\t|\s*\d+[.)](?:\s|$))/m;

/** How many parsed notes the server keeps (a timeline page shows 50; the same pages are viewed again and again). */
const PARSED_NOTES_KEPT = 1000;
const parsedNotes = new Map<string, React.ReactElement>();

/**
 * A note's markdown as React elements, parsed once per distinct text while it stays among the
 * PARSED_NOTES_KEPT most recently shown (parsing is most of a timeline's rendering time; the
 * elements are immutable, so a later page can render them again).
 */
function parsedNote(text: string): React.ReactElement {
  let parsed = parsedNotes.get(text);
  if (parsed) {
    parsedNotes.delete(text);
  } else {
    parsed = Markdown({ children: text, allowedElements: ALLOWED, unwrapDisallowed: true, urlTransform: safeNoteUrl, components });
    if (parsedNotes.size >= PARSED_NOTES_KEPT) parsedNotes.delete(parsedNotes.keys().next().value!);
  }
  parsedNotes.set(text, parsed);
  return parsed;
}

/**
 * Renders a note or an activity's text as basic markdown — **bold**, *italics*, lists, [links](https://…)
 * — safely: raw HTML shows as the text it is, other elements (headings, images, tables) are reduced
 * to their text, and links open only http(s) and mailto addresses, in a new tab. Plain-text notes
 * written before markdown render as they were (line breaks kept).
 */
export function NoteMarkdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("space-y-1.5 text-sm break-words text-slate-700", className)} data-testid="note-text">
      {MARKDOWN_SYNTAX.test(text) ? (
        parsedNote(text)
      ) : (
        text
          .split(/\n[ \t]*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean)
          .map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))
      )}
    </div>
  );
}
