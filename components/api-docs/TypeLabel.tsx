/** A type as text, linked to its schema's section when it names one. */
export function TypeLabel({ type, schemaName }: { type: string; schemaName?: string }) {
  if (!schemaName) return <>{type}</>;
  return (
    <a href={`#schema-${schemaName}`} className="text-brand-700 underline hover:text-brand-600">
      {type}
    </a>
  );
}
