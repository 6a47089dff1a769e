import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join, normalize } from "node:path";

// The baseline: the same HTML the site rendered, read from files by a bare node:http server.
const root = process.argv[2] as string;
const server = createServer(async (request, response) => {
	const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
	try {
		const body = await readFile(join(root, path, "index.html"));
		response.writeHead(200, {
			"content-type": "text/html; charset=utf-8",
			"content-length": body.byteLength,
		});
		response.end(body);
	} catch {
		response.writeHead(404).end();
	}
});
server.listen(0, "127.0.0.1", () => {
	const address = server.address();
	console.log(`port=${typeof address === "object" && address ? address.port : 0}`);
});
