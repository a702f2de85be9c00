/** The short markdown reminder under a note's text box (what NoteMarkdown renders). */
export function FormattingHint({ id }: { id?: string }) {
  const code = "rounded bg-slate-100 px-1 font-mono text-[0.7rem] whitespace-nowrap text-slate-700";
  return (
    <p id={id} className="mt-1 text-xs text-slate-500">
      Formatting: <code className={code}>**bold**</code> <code className={code}>*italics*</code> <code className={code}>- list</code>{" "}
      <code className={code}>[link](https://…)</code>
    </p>
  );
}
