import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { importPage } from "@sidelines/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "./support/api.js";

const README = fileURLToPath(new URL("../../README.md", import.meta.url));

/** The root README's walkthrough: the first `sh` block after its heading, exactly as readers copy it. */
function walkthrough(): string {
	const text = readFileSync(README, "utf8");
	const section = text.slice(text.indexOf("## From a page to a published article"));
	const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
	if (!block) throw new Error("README.md has no walkthrough block");
	return block;
}

describe("the root README's walkthrough", () => {
	let api: TestApi;
	let folder: string;
	beforeAll(async () => {
		api = await startApi("sqlite", { importer: importPage });
		folder = mkdtempSync(join(tmpdir(), "sidelines-walkthrough-"));
	});
	afterAll(async () => {
		rmSync(folder, { recursive: true, force: true });
		await api.close();
	});

	it("imports, confirms a proposal, finds the draft and publishes it with If-Match, with curl as written", async () => {
		const { authorization } = await api.key(["write"], "desk");
		const { stdout } = await promisify(execFile)("bash", ["-euo", "pipefail", "-c", walkthrough()], {
			cwd: folder,
			env: { PATH: process.env.PATH, API: api.url, SIDELINES_TOKEN: authorization.slice("Bearer ".length) },
		});
		const headline = "Chilean and Uruguayan ministers talk about river ports";
		expect(stdout.trim().split("\n")).toEqual(["confirmed", "published", headline]);

		const article = (await api.store.articles.list({ q: "river ports", limit: 10 })).items.find(
			(item) => item.headline === headline,
		);
		expect(article?.status).toBe("published");
		const meetings = await api.store.meetings.list({ review: "confirmed", limit: 100 });
		const confirmed = meetings.items.filter((meeting) =>
			meeting.sources.some((source) => source.articleId === article?.id),
		);
		expect(confirmed).toHaveLength(1);
	});
});
