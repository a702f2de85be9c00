import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["server/generated/**", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
  {
    // Leadwell does not run the React Compiler, so its "cannot memoize this library" notice
    // (raised for TanStack Table's hooks) does not apply.
    rules: { "react-hooks/incompatible-library": "off" },
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

export default config;
