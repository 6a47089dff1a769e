/*
 * A separate process that uses the store, for tests of what one process cannot show: concurrent migration,
 * writers in other processes, and a crash (SIGKILL) mid-stream. Run with `node --import tsx`.
 *   child-store.ts open  <location-json>            open (migrating) and exit
 *   child-store.ts write <location-json> <count>    create <count> articles (0 = until killed), print each id once acknowledged
 */
import { openStore } from "../src/index.js";
import { plainArticle } from "./plain-article.js";

const [mode, locationJson, countText] = process.argv.slice(2);
const location = JSON.parse(locationJson ?? "{}") as { databaseUrl?: string; sqlitePath?: string };
const store = await openStore({ ...location, maxConnections: 2 });
try {
	if (mode === "write") {
		const count = Number(countText ?? 0);
		for (let i = 0; count === 0 || i < count; i++) {
			const article = await store.articles.create(
				plainArticle(`Crash test ${process.pid} ${i}`, `Write ${i} of process ${process.pid}.`),
			);
			// Printed only after the commit returned: this id is an acknowledged write.
			process.stdout.write(`${article.id}\n`);
		}
	}
	process.stdout.write("done\n");
} finally {
	await store.close();
}
