import { defineConfig } from "tsup";

export default defineConfig([
	{
		entry: ["src/server.ts", "src/index.ts", "src/client.ts", "src/node.ts"],
		format: ["esm"],
		target: "node24",
		platform: "node",
		clean: true,
		sourcemap: true,
		// node:sqlite and friends exist only with the prefix; keep every node: import as written.
		removeNodeProtocol: false,
	},
	{
		// One self-contained module for workerd (wrangler or Miniflare), with nodejs_compat for node:crypto.
		entry: { worker: "src/worker.ts" },
		format: ["esm"],
		target: "es2023",
		// "node" keeps node: built-ins as imports (nodejs_compat provides them); packages resolve for workerd.
		platform: "node",
		noExternal: [/^(?!node:)/],
		removeNodeProtocol: false,
		esbuildOptions(options) {
			options.conditions = ["workerd", "worker", "browser", "import", "default"];
			options.mainFields = ["browser", "module", "main"];
		},
		sourcemap: true,
	},
]);
