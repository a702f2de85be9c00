"use client";

import { Select } from "@/components/ui/input";
import type { MavenAgentPlan } from "@/server/services/imports/maven/plan-maven-setup";

/** A user who can sign in, offered to take over an agent's deals. */
export type MavenMappingUser = { email: string; name: string };

/**
 * The sales agents of the files, each with the user who will own their deals: by default a new
 * user without sign-in (or the one an earlier import created for that name), or an existing user
 * chosen here. `mapping` holds agent name → chosen user's email.
 */
export function MavenAgentMappingTable({
  agents,
  users,
  mapping,
  onChange,
}: {
  agents: MavenAgentPlan[];
  users: MavenMappingUser[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) {
  const choose = (agent: string, email: string) => {
    const next = { ...mapping };
    if (email) next[agent] = email;
    else delete next[agent];
    onChange(next);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="maven-agents">
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500 uppercase">
          <tr>
            <th className="px-3 py-2">Sales agent</th>
            <th className="px-3 py-2">Team</th>
            <th className="px-3 py-2 text-right">Deals</th>
            <th className="px-3 py-2">Owner of their deals</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {agents.map((agent) => {
            const id = `agent-${agent.name.replace(/\W+/g, "-")}`;
            const keep = agent.user.action === "reuse" ? `${agent.name} (no sign-in, from an earlier import)` : "New user without sign-in";
            return (
              <tr key={agent.name}>
                <td className="px-3 py-2 font-medium text-slate-900">
                  <label htmlFor={id}>{agent.name}</label>
                </td>
                <td className="px-3 py-2 text-slate-600">{[agent.manager, agent.regionalOffice].filter(Boolean).join(" · ") || "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{agent.deals.toLocaleString("en")}</td>
                <td className="px-3 py-1.5">
                  <Select id={id} className="min-w-64" value={mapping[agent.name] ?? ""} onChange={(e) => choose(agent.name, e.target.value)}>
                    <option value="">{keep}</option>
                    {users.map((user) => (
                      <option key={user.email} value={user.email}>
                        {user.name} ({user.email})
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
