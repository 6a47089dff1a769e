// Writes one JSON Schema file per public record schema into schemas/, from the built package.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";
import * as domain from "../dist/index.js";

const names = [
	"Article",
	"ArticleCreate",
	"ArticleUpdate",
	"BodyBlock",
	"Diplomat",
	"DiplomatCreate",
	"DiplomatUpdate",
	"FuzzyDate",
	"Meeting",
	"MeetingCreate",
	"MeetingUpdate",
	"Occasion",
	"OccasionCreate",
	"OccasionUpdate",
	"Office",
	"Party",
	"PersonName",
	"Place",
	"Section",
];
const outDir = new URL("../schemas/", import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const name of names) {
	// biome-ignore lint/performance/noDynamicNamespaceImportAccess: a build script looks schemas up by name; nothing is bundled.
	const schema = z.toJSONSchema(domain[name], {
		target: "draft-2020-12",
		unrepresentable: "any",
		io: "input",
	});
	schema.$id = `https://sidelines.dev/schemas/${name}.json`;
	schema.title = name;
	writeFileSync(new URL(`${name}.json`, outDir), `${JSON.stringify(schema, null, "\t")}\n`);
}
console.log(`wrote ${names.length} JSON Schema files to schemas/`);
