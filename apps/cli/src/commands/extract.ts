import { readFile } from "node:fs/promises";
import { bodyText } from "@sidelines/domain";
import { extractPage, PageParseError, toGoldShape } from "@sidelines/extract";
import { type Command, type CommandContext, parseCommandArgs, UsageError } from "../command.js";
import { PAGE_OPTIONS, pageOptions } from "../page-options.js";
import { readSidecar } from "../sidecar.js";

const USAGE = "sidelines extract <file> [--published YYYY-MM-DD] [--zone <IANA>] [--json]";

async function run({ args, stdout }: CommandContext): Promise<number> {
	const { values, positionals } = parseCommandArgs(
		args,
		{ ...PAGE_OPTIONS, json: { type: "boolean", default: false } },
		USAGE,
	);
	const [file, ...extra] = positionals;
	if (!file || extra.length > 0) throw new UsageError(`expected one file\nusage: ${USAGE}`);
	const options = { ...pageOptions(values), ...(await readSidecar(file)) };
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(
			code === "ENOENT"
				? `no such file: ${file}`
				: code === "EISDIR"
					? `${file} is a directory`
					: `cannot read ${file} (${code ?? "error"})`,
		);
	}
	let extraction: ReturnType<typeof extractPage>;
	try {
		extraction = extractPage(new TextDecoder("utf-8").decode(bytes), options);
	} catch (error) {
		if (error instanceof PageParseError) throw new Error(`${file}: ${error.message}`);
		throw error;
	}
	const { article, warnings } = extraction;
	const meetings = extraction.meetings.map(toGoldShape);
	if (values.json) {
		stdout.write(`${JSON.stringify({ article, meetings, warnings }, null, 2)}\n`);
		return 0;
	}
	const lines = [
		article.headline,
		`section ${article.section} | published ${article.publishedAt ?? "unknown"} (${article.zone})${article.updatedAt ? ` | updated ${article.updatedAt}` : ""}`,
		[article.byline, article.agencyCredit ? `with ${article.agencyCredit}` : undefined]
			.filter(Boolean)
			.join(" | "),
		article.hero?.caption
			? `hero: ${article.hero.caption}${article.hero.credit ? ` (${article.hero.credit})` : ""}`
			: "",
		`${article.body.length} body blocks, ${bodyText(article).length} characters`,
		"",
		`${meetings.length} meeting${meetings.length === 1 ? "" : "s"}:`,
		...meetings.map((meeting, index) => {
			const who = meeting.participants
				.map((party) => `${party.name ?? "delegation"}${party.country ? ` (${party.country})` : ""}`)
				.join(" + ");
			const when = meeting.date
				? `${meeting.dateQualifier ? `${meeting.dateQualifier} ` : ""}${meeting.date}`
				: "date unknown";
			const where = meeting.place
				? `${meeting.place.city ? `${meeting.place.city}, ` : ""}${meeting.place.country}`
				: "";
			const facts = [
				meeting.status,
				when,
				meeting.format,
				where,
				meeting.durationMinutes ? `${meeting.durationMinutes} min` : "",
				meeting.occasion ?? "",
			].filter(Boolean);
			return `  ${index + 1}. ${who}: ${facts.join(", ")} [confidence ${meeting.confidence?.toFixed(2)}]`;
		}),
		...warnings.map((warning) => `warning: ${warning}`),
	].filter((line, index) => line !== "" || index === 5);
	stdout.write(`${lines.join("\n")}\n`);
	return 0;
}

/** `sidelines extract`: reads a news page and prints the article draft and the meetings it reports. */
export const extractCommand: Command = {
	name: "extract",
	summary: "Read a news page (text or HTML) and print its article draft and proposed meetings",
	usage: USAGE,
	run,
};
