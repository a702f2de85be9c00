/**
 * URL search params as the object Next passes to a page's `searchParams`: a repeated key
 * (`?tag=a&tag=b`) becomes a list, a single value stays a string.
 */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(params.keys())].map((key) => {
      const all = params.getAll(key);
      return [key, all.length === 1 ? all[0] : all];
    }),
  );
}
