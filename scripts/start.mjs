// `npm start`: the API and the reader's site side by side, each its own process, as they would be
// deployed. The site reads the API over HTTP; the API's short links redirect to the site.
import { spawn } from "node:child_process";
import { setTimeout as delay } from "node:timers/promises";

// Read by the two apps' own env modules too; turbo does not run this script, so it declares none.
const { PORT, SITE_PORT, SITE_URL, SITE_ORIGIN, SITE_HOST, TRUST_PROXY, SIDELINES_API_URL } = process.env;
const apiPort = PORT || "8787";
const sitePort = SITE_PORT || "4321";
const siteUrl = SITE_URL || `http://localhost:${sitePort}`;
const apiUrl = SIDELINES_API_URL || `http://127.0.0.1:${apiPort}`;

const children = [];
function run(name, script, env) {
	const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", script], {
		stdio: "inherit",
		env: { ...process.env, ...env },
	});
	child.on("exit", (code, signal) => {
		if (stopping) return;
		console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
		stop(code ?? 1);
	});
	children.push(child);
	return child;
}

let stopping = false;
function stop(code) {
	stopping = true;
	for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
	process.exitCode = code;
}
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));

// The site stands behind the API as its proxy: it passes each reader's address on in
// X-Forwarded-For so the API counts a reader's view once per window (TRUST_PROXY).
run("API", "apps/api/dist/server.js", {
	PORT: apiPort,
	SITE_ORIGIN: SITE_ORIGIN || siteUrl,
	TRUST_PROXY: TRUST_PROXY || "1",
});
for (let attempt = 0; attempt < 100 && !stopping; attempt++) {
	const ready = await fetch(`${apiUrl}/readyz`).then(
		(response) => response.ok,
		() => false,
	);
	if (ready) break;
	await delay(100);
}
if (!stopping) {
	run("Site", "apps/site/dist/server/entry.mjs", {
		PORT: sitePort,
		HOST: SITE_HOST || "0.0.0.0",
		SIDELINES_API_URL: apiUrl,
		SITE_URL: siteUrl,
	});
	console.log(`Sidelines site on ${siteUrl} (reading the API at ${apiUrl})`);
}
