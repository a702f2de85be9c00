"use client";

import { useState, useTransition } from "react";
import { updateUserRoleAction } from "@/app/(app)/settings/actions";
import { Select } from "@/components/ui/input";
import { ROLES, enumLabel, type Role } from "@/lib/enums";

export function UserRoleSelect({ userId, role, disabled }: { userId: string; role: Role; disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex flex-col items-end">
      <Select
        aria-label="Role"
        defaultValue={role}
        disabled={disabled || pending}
        className="h-8 w-32"
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            const result = await updateUserRoleAction({ userId, role: next });
            setError(result.ok ? null : result.error);
          });
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {enumLabel(r)}
          </option>
        ))}
      </Select>
      {error ? <span className="text-xs text-red-600" role="alert">{error}</span> : null}
    </span>
  );
}
