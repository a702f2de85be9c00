import { cn } from "@/lib/cn";

const control =
  "block rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 aria-invalid:border-red-500 disabled:bg-slate-100";

/** Full width unless the caller sets a width (cn does not resolve conflicting classes). */
const width = (className?: string) => (className && /(^|\s)(w-|min-w-|max-w-|flex-)/.test(className) ? "" : "w-full");

export function Input({ className, ...props }: React.ComponentProps<"input">) {
  return <input className={cn(control, width(className), "h-9", className)} {...props} />;
}

export function Textarea({ className, ...props }: React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(control, width(className), "py-2", className)} {...props} />;
}

export function Select({ className, ...props }: React.SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(control, width(className), "h-9 pr-8", className)} {...props} />;
}

export function Checkbox({ className, ...props }: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type">) {
  return <input type="checkbox" className={cn("size-4 rounded border-slate-300 accent-brand-600", className)} {...props} />;
}
