import node from "@astrojs/node";
import { defineConfig } from "astro/config";

// Pages render on demand (the Node adapter) so a publish is visible at the next request; the
// middleware adds Cache-Control and ETags so a CDN or browser can still reuse a page briefly.
export default defineConfig({
	output: "server",
	adapter: node({ mode: "standalone" }),
	// External stylesheets only: the Content-Security-Policy allows no inline styles or scripts.
	build: { inlineStylesheets: "never" },
	// Astro's check blocks cross-site form posts; the site has no forms that post.
	security: { checkOrigin: true },
	server: { port: 4321, host: true },
	devToolbar: { enabled: false },
});
