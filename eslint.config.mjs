import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["server/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
  {
    // Prisma stays behind the service layer: app/, components/ and lib/ may not import it.
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server/db", "@/server/generated/*", "@prisma/*"], message: "Prisma is used only under server/." },
          ],
        },
      ],
    },
  },
];
