import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { anyClientError, publicRead } from "../http/docs-responses.js";
import type { AppEnv } from "../http/types.js";
import { bodyEtag } from "../middleware/etag.js";
import { ApiProblem, problemType } from "../middleware/problem.js";

/** Loads the Scalar API reference's standalone browser bundle (served locally so /docs works offline). */
export type ScalarBundleLoader = () => Promise<string | Uint8Array | undefined>;

const DOCS_CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"frame-ancestors 'none'",
	"base-uri 'none'",
	"form-action 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sidelines API reference</title>
</head>
<body>
<noscript>The interactive reference needs JavaScript; the OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</noscript>
<div id="app"></div>
<script src="/docs/assets/standalone.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>
`;

// No CDN fonts, no hosted services: everything the page needs comes from this server.
const INIT = `Scalar.createApiReference("#app", { url: "/openapi.json", withDefaultFonts: false, hideClientButton: true, telemetry: false, agent: { disabled: true }, mcp: { disabled: true }, showDeveloperTools: "never" });\n`;

/**
 * The OpenAPI 3.1 document and an offline API reference page.
 * @param document builds the document (called once, after every route is mounted)
 */
export function docsRoutes({
	document,
	scalarBundle,
}: {
	document: () => object;
	scalarBundle: ScalarBundleLoader;
}) {
	const app = new OpenAPIHono<AppEnv>();
	let serialized: Promise<{ body: string; etag: string }> | undefined;
	let bundle: Promise<{ body: string | Uint8Array; etag: string } | undefined> | undefined;

	app.openapi(
		createRoute({
			method: "get",
			path: "/openapi.json",
			operationId: "getOpenApiDocument",
			security: publicRead,
			tags: ["docs"],
			summary: "This API's OpenAPI 3.1 document",
			responses: {
				200: {
					description: "The document",
					content: { "application/json": { schema: z.object({}).passthrough() } },
				},
				...anyClientError,
			},
		}),
		async (c) => {
			serialized ??= (async () => {
				const body = JSON.stringify(document());
				return { body, etag: await bodyEtag(body) };
			})();
			const { body, etag } = await serialized;
			return c.body(body, 200, { "content-type": "application/json", etag }) as never;
		},
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/docs",
			operationId: "getReferencePage",
			security: publicRead,
			tags: ["docs"],
			summary: "API reference page (works offline)",
			responses: {
				200: { description: "HTML page", content: { "text/html": { schema: z.string() } } },
				...anyClientError,
			},
		}),
		(c) => c.html(PAGE, 200, { "content-security-policy": DOCS_CSP }) as never,
	);

	app.openapi(
		createRoute({
			method: "get",
			path: "/docs/assets/{file}",
			operationId: "getReferenceAsset",
			security: publicRead,
			tags: ["docs"],
			summary: "Scripts of the reference page",
			request: { params: z.object({ file: z.enum(["standalone.js", "init.js"]) }) },
			responses: {
				200: { description: "JavaScript", content: { "text/javascript": { schema: z.string() } } },
				404: { description: "Not bundled in this deployment" },
			},
		}),
		async (c) => {
			const { file } = c.req.valid("param");
			const headers = {
				"content-type": "text/javascript; charset=utf-8",
				"cache-control": "public, max-age=86400",
			};
			if (file === "init.js") return c.body(INIT, 200, headers) as never;
			bundle ??= scalarBundle().then(async (body) =>
				body === undefined ? undefined : { body, etag: await bodyEtag(body) },
			);
			const loaded = await bundle;
			if (!loaded)
				throw new ApiProblem(404, "the reference bundle is not part of this deployment", {
					type: problemType("not-found"),
				});
			return c.body(loaded.body as string, 200, { ...headers, etag: loaded.etag }) as never;
		},
	);

	return app;
}
