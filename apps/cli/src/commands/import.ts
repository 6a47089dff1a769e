import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { PageParseError } from "@sidelines/extract";
import { importPage } from "@sidelines/ingest";
import { ConflictError, openStore } from "@sidelines/store";
import { type Command, parseCommandArgs, UsageError } from "../command.js";
import { PAGE_OPTIONS, pageOptions } from "../page-options.js";
import { readSidecar, SidecarError } from "../sidecar.js";

const USAGE = "sidelines import <file|dir> [--zone <IANA zone>] [--published YYYY-MM-DD] [--publish]";
const PAGE_FILE = /\.(txt|html?)$/i;

interface Outcome {
	file: string;
	article?: string;
	created: number;
	merged: number;
	newDiplomats: number;
	skipped: number;
	warnings: string[];
	error?: string;
}

async function pagesIn(target: string): Promise<string[]> {
	const info = await stat(target).catch(() => {
		throw new UsageError(`no such file or directory: ${target}`, 1);
	});
	if (!info.isDirectory()) return [target];
	const files = (await readdir(target)).filter((name) => PAGE_FILE.test(name)).sort();
	if (files.length === 0) throw new UsageError(`${target} has no .txt or .html pages`, 1);
	return files.map((name) => path.join(target, name));
}

function progress(done: number, total: number, file: string): string {
	const width = 24;
	const filled = Math.round((done / total) * width);
	return `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`;
}

function table(outcomes: Outcome[]): string {
	const rows = [
		["page", "article", "new", "merged", "people", "skipped", "result"],
		...outcomes.map((o) => [
			path.basename(o.file),
			o.article ?? "-",
			String(o.created),
			String(o.merged),
			String(o.newDiplomats),
			String(o.skipped),
			o.error ?? "imported",
		]),
	];
	const widths =
		rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
	return rows
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join("  ")
				.trimEnd(),
		)
		.join("\n");
}

/**
 * `sidelines import`: parses each page, extracts its meetings and stores the article with the proposals
 * (review state `proposed`). Each page is all or nothing; one bad page does not stop the others. A page's
 * publication day comes from the page itself, else its sidecar `<page>.meta.json`, else `--published`.
 */
export const importCommand: Command = {
	name: "import",
	summary: "Import news pages (a file or a directory): article + proposed meetings, all or nothing per page",
	usage: USAGE,
	async run({ args, env, stdout, stderr }) {
		const { values, positionals } = parseCommandArgs(
			args,
			{ ...PAGE_OPTIONS, publish: { type: "boolean" } },
			USAGE,
		);
		const [target, ...extra] = positionals;
		if (!target || extra.length > 0) throw new UsageError(`expected one file or directory (usage: ${USAGE})`);
		const options = pageOptions(values);
		const files = await pagesIn(target);
		const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath });
		const outcomes: Outcome[] = [];
		try {
			for (const [index, file] of files.entries()) {
				if (env.interactive && files.length > 1) stderr.write(progress(index, files.length, file));
				const outcome: Outcome = { file, created: 0, merged: 0, newDiplomats: 0, skipped: 0, warnings: [] };
				try {
					const raw = await readFile(file, "utf8");
					// A page's sidecar (<page>.meta.json) is more specific than the options given for the whole run.
					const result = await importPage(store, raw, {
						...options,
						...(await readSidecar(file)),
						status: values.publish ? "published" : "draft",
					});
					outcome.article = result.article.slug;
					outcome.created = result.meetings.filter((saved) => !saved.merged).length;
					outcome.merged = result.meetings.filter((saved) => saved.merged).length;
					outcome.newDiplomats = result.newDiplomats.length;
					outcome.skipped = result.skipped.length;
					outcome.warnings = result.warnings;
				} catch (error) {
					if (
						!(
							error instanceof PageParseError ||
							error instanceof ConflictError ||
							error instanceof SidecarError
						)
					)
						throw error;
					outcome.error = error.message.split("\n")[0] ?? "failed";
				}
				outcomes.push(outcome);
			}
		} finally {
			if (env.interactive && files.length > 1)
				stderr.write(`${progress(files.length, files.length, "done")}\n`);
			await store.close();
		}
		const failed = outcomes.filter((outcome) => outcome.error).length;
		if (files.length === 1 && outcomes[0]?.error) {
			stderr.write(`sidelines import: ${path.basename(files[0] ?? "")}: ${outcomes[0].error}\n`);
			return 1;
		}
		stdout.write(`${table(outcomes)}\n`);
		for (const outcome of outcomes) {
			for (const warning of outcome.warnings) stdout.write(`${path.basename(outcome.file)}: ${warning}\n`);
		}
		stdout.write(`${outcomes.length - failed} of ${outcomes.length} pages imported\n`);
		return failed > 0 ? 1 : 0;
	},
};
