import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { ArticleCache, createApp } from "@sidelines/api";
import { listen, nodeListener } from "@sidelines/api/node";
import { openStore } from "@sidelines/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOccasion } from "./support/records.js";

const run = promisify(execFile);
const cli = join(
	dirname(createRequire(import.meta.url).resolve("@sidelines/cli/package.json")),
	"dist",
	"main.js",
);

describe("sidelines keys", () => {
	let dir: string;
	let env: NodeJS.ProcessEnv;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "sidelines-keys-"));
		env = { ...process.env, SIDELINES_DB: join(dir, "keys.db"), DATABASE_URL: "" };
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const keys = (...args: string[]) => run(process.execPath, ["--no-warnings", cli, "keys", ...args], { env });

	it("creates a key whose token works once printed, lists it without the token, and revokes it", async () => {
		const created = await keys("create", "--name", "desk", "--scope", "write");
		const token = /token \(shown once; only its hash is stored\): (\S+)/.exec(created.stdout)?.[1] as string;
		const id = /^(key_\S+)/m.exec(created.stdout)?.[1] as string;
		expect(token).toMatch(/^sl_/);

		const listed = await keys("list");
		expect(listed.stdout).toContain(id);
		expect(listed.stdout).toContain("[write]");
		expect(listed.stdout).not.toContain(token);
		const json = JSON.parse((await keys("list", "--json")).stdout) as { id: string; hash?: string }[];
		expect(json.map((key) => key.id)).toEqual([id]);
		expect(json[0]?.hash).toBeUndefined();

		const store = await openStore({ sqlitePath: env.SIDELINES_DB });
		const articleCache = new ArticleCache();
		const server = await listen(nodeListener(createApp({ store, articleCache }).fetch, { articleCache }), {
			port: 0,
		});
		try {
			const post = () =>
				fetch(`${server.url}/v1/occasions`, {
					method: "POST",
					headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
					body: JSON.stringify(newOccasion()),
				});
			expect((await post()).status).toBe(201);
			expect((await keys("revoke", id)).stdout).toBe(`revoked ${id}\n`);
			expect((await post()).status).toBe(401);
			expect((await keys("list")).stdout).toMatch(/last used \d{4}-.*revoked \d{4}-/);
		} finally {
			await server.close();
			await store.close();
		}
	});

	it("refuses unknown scopes and missing names with a usage error", async () => {
		await expect(keys("create", "--name", "x", "--scope", "root")).rejects.toMatchObject({ code: 2 });
		await expect(keys("create")).rejects.toMatchObject({ code: 2 });
		await expect(keys("rotate")).rejects.toMatchObject({ code: 2 });
	});
});
