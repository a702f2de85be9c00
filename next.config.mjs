/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, not bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets several builds (e.g. parallel e2e runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` type-checks the whole project with tsc as its own step; not twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
