import node from "@astrojs/node";
import { defineConfig } from "astro/config";

// Pages render on demand (the Node adapter) so a publish is visible at the next request; the
// middleware adds Cache-Control and ETags so a CDN or browser can still reuse a page briefly.
export default defineConfig({
	output: "server",
	adapter: node({ mode: "standalone" }),
	// External stylesheets only: the Content-Security-Policy allows no inline styles or scripts.
	build: { inlineStylesheets: "never" },
	// Astro blocks cross-site form posts; the desk (src/lib/desk/guard.ts) checks Origin on every write too.
	security: { checkOrigin: true },
	server: { port: 4321, host: true },
	devToolbar: { enabled: false },
});
