import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A post of a fake feed. */
export type FakePost = { title: string; link: string; description: string; author?: string; date?: string };

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An RSS 2.0 document of `posts` (descriptions escaped HTML, as real feeds carry them). */
export function rssFeed(posts: FakePost[]): string {
  const items = posts
    .map(
      (post) =>
        `<item><title>${escapeXml(post.title)}</title><link>${escapeXml(post.link)}</link><description>${escapeXml(post.description)}</description>${post.author ? `<dc:creator>${escapeXml(post.author)}</dc:creator>` : ""}<pubDate>${post.date ?? "Mon, 07 Dec 2026 09:00:00 GMT"}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Fake</title><link>http://127.0.0.1/</link>${items}</channel></rss>`;
}

/** An Atom document of `posts`. */
export function atomFeed(posts: FakePost[]): string {
  const entries = posts
    .map((post) => `<entry><title>${escapeXml(post.title)}</title><link rel="alternate" href="${escapeXml(post.link)}"/><summary type="html">${escapeXml(post.description)}</summary>${post.author ? `<author><name>${escapeXml(post.author)}</name></author>` : ""}<updated>2026-12-07T09:00:00Z</updated></entry>`)
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fake</title>${entries}</feed>`;
}

/**
 * A real HTTP server on 127.0.0.1 serving whatever a test puts at a path (feeds, Reddit's
 * `/search.rss`, CSV or JSON files for imports from a URL), with its content type. Unknown paths
 * answer 404. `requests` lists the paths asked for (with their query).
 */
export async function startFakeFeeds() {
  const routes = new Map<string, { body: string; contentType: string }>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    requests.push(url.pathname + url.search);
    const route = routes.get(url.pathname);
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" });
      return response.end("not found");
    }
    response.writeHead(200, { "content-type": route.contentType });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    /** Serves `body` at `path` from now on; returns its full URL. */
    serve(path: string, body: string, contentType = "application/rss+xml") {
      routes.set(path, { body, contentType });
      return `${url}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeFeeds = Awaited<ReturnType<typeof startFakeFeeds>>;
