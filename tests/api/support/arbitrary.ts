import fc from "fast-check";

/** The subset of JSON Schema that z.toJSONSchema emits for the domain schemas. */
export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	minItems?: number;
	maxItems?: number;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	pattern?: string;
	format?: string;
	enum?: unknown[];
	const?: unknown;
	oneOf?: JsonSchema[];
	anyOf?: JsonSchema[];
}

const COUNTRYISH = fc.constantFrom("JP", "US", "GB", "IT", "FR", "XX", "jp", "EU", "");
/**
 * The classes of input the hardening review asked the fuzzer to generate, by name. Text fields, query
 * values, path segments and raw import pages all draw from them.
 */
export const HOSTILE: Readonly<Record<string, readonly string[]>> = {
	"tag syntax": [
		"<svg/onload=alert(3)>",
		"<img/src=x/onerror=alert(4)>",
		"<script>alert(1)</script>",
		"<p>tag</p>",
	],
	entities: ["&#x3C;svg/onload=alert(5)&#x3E;", "&lt;b&gt;bold&lt;/b&gt;", "&#60;i&#62;", "&amp;amp;"],
	"lone surrogates": ["\uD800", "a\uDC00b", "\uDBFF!"],
	"bidi controls": ["\u202Eevil\u202C", "\u2066x\u2069\u200F", "\u200Eleft\u061C"],
	"10,000-character words": ["w".repeat(10_000), "語".repeat(10_000)],
	"numeric spellings": ["0x10", "1e2", "+5", " 7", "NaN", "-0", "7.0", "0b11", "Infinity", "１２"],
	"far-future instants": [
		"9999-12-31T23:59:59-14:00",
		"+275760-09-13T00:00:00Z",
		"0000-01-01T00:00:00+14:00",
		"10000-01-01",
	],
};

const HOSTILE_VALUES = Object.values(HOSTILE).flat();

/** One value of one hostile class. */
export const hostile = fc.constantFrom(...HOSTILE_VALUES);

const TEXT = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: "grapheme", maxLength: 20 }),
	fc.constantFrom("Matera", "\u0000", " padded ", "茂木敏充", "x".repeat(400)),
	hostile,
);

/**
 * Percent-encodes `text` for a URL byte for byte, lone surrogates included (as the three bytes WTF-8 gives
 * them, which no UTF-8 decoder accepts), where `encodeURIComponent` would throw.
 */
export function urlEncode(text: string): string {
	return text
		.replace(/[\uD800-\uDFFF]/g, (unit) => `\u0000${unit.charCodeAt(0)}\u0000`)
		.split("\u0000")
		.map((part, index) => {
			if (index % 2 === 0) return encodeURIComponent(part);
			const code = Number(part);
			return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
				.map((byte) => `%${byte.toString(16).toUpperCase()}`)
				.join("");
		})
		.join("");
}

const isJson = (text: string) => {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
};

/**
 * The hostile classes a request carries: a value as a whole path segment or query value, as a whole JSON
 * string in a JSON body, or anywhere in a raw page (so `1.5e+5` in a JSON number is not counted as "+5").
 */
export function hostileClassesIn(url: string, body: string | undefined): string[] {
	const segments = url.split(/[/?&=]/);
	const json = body !== undefined && isJson(body);
	return Object.entries(HOSTILE)
		.filter(([, values]) =>
			values.some(
				(value) =>
					segments.includes(urlEncode(value)) ||
					(body !== undefined && (json ? body.includes(JSON.stringify(value)) : body.includes(value))),
			),
		)
		.map(([name]) => name);
}

/** A raw news page (for POST /v1/import) with hostile text in its headline, dateline or prose. */
export const hostilePage = fc
	.tuple(hostile, hostile, fc.constantFrom("2 Feb 2024 10:00:00 GMT+1", "9999-12-31T23:59:59-14:00", "1e2"))
	.map(([headline, sentence, dateline]) =>
		[
			`Ministers meet ${headline}`,
			dateline,
			"",
			`Italian Foreign Minister Luigi Di Maio held talks with ${sentence} in Rome on Monday.`,
		].join("\n"),
	);

/**
 * A fast-check arbitrary of values that mostly satisfy `schema` (JSON Schema from the Zod schemas):
 * patterns, enums, bounds and required keys are honoured; refinements the JSON Schema cannot carry
 * (country codes, zones, cross-field rules) are hit or missed at random.
 */
export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
	if (schema.const !== undefined) return fc.constant(schema.const);
	if (schema.enum) return fc.constantFrom(...schema.enum);
	const union = schema.oneOf ?? schema.anyOf;
	if (union) return fc.oneof(...union.map((member) => fromSchema(member, depth + 1)));
	const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
	switch (type) {
		case "object": {
			const properties = Object.entries(schema.properties ?? {});
			if (depth > 6) return fc.constant({});
			const record: Record<string, fc.Arbitrary<unknown>> = {};
			for (const [key, value] of properties) record[key] = fromSchema(value, depth + 1);
			return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key) => key in record) });
		}
		case "array": {
			const minLength = schema.minItems ?? 0;
			return fc.array(schema.items ? fromSchema(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 }), {
				minLength,
				maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)),
			});
		}
		case "string": {
			if (schema.pattern)
				return fc
					.stringMatching(new RegExp(schema.pattern))
					.map((text) => text.slice(0, schema.maxLength ?? 200));
			if (schema.format === "date")
				return fc
					.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
					.map((date) => date.toISOString().slice(0, 10));
			if (schema.format === "date-time")
				return fc
					.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
					.map((date) => date.toISOString());
			if (schema.maxLength === undefined && schema.minLength === undefined)
				return fc.oneof(COUNTRYISH, fc.constantFrom("Asia/Tokyo", "Europe/Rome", "Mars/Base"), TEXT);
			const min = schema.minLength ?? 0;
			return fc.oneof(fc.string({ minLength: min, maxLength: Math.min(schema.maxLength ?? 40, 40) }), TEXT);
		}
		case "integer":
			return fc.integer({
				min: Math.max(schema.minimum ?? -1000, -1e6),
				max: Math.min(schema.maximum ?? 10_000, 1e6),
			});
		case "number":
			return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
		case "boolean":
			return fc.boolean();
		case "null":
			return fc.constant(null);
		default:
			return fc.jsonValue({ maxDepth: 2 });
	}
}

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
	if (value !== null && typeof value === "object") {
		for (const [key, child] of Object.entries(value)) {
			const path = [...prefix, Array.isArray(value) ? Number(key) : key];
			out.push(path);
			paths(child, path, out);
		}
	}
	return out;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Mutations of a JSON value: drop a key, add an unknown one, swap a value for any JSON, inject markup. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
	const all = paths(value);
	return fc
		.record({
			at: fc.nat(),
			kind: fc.constantFrom("delete", "replace", "unknown-key", "html", "wrap"),
			replacement: fc.jsonValue({ maxDepth: 2 }),
		})
		.map(({ at, kind, replacement }) => {
			if (kind === "wrap") return [value];
			const copy = clone(value) as Record<string | number, unknown>;
			if (all.length === 0)
				return kind === "unknown-key" ? { ...(copy as object), surprise: replacement } : replacement;
			const path = all[at % all.length] as Path;
			let parent: Record<string | number, unknown> = copy;
			for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
			const last = path.at(-1) as string | number;
			if (kind === "delete") {
				if (Array.isArray(parent)) parent.splice(Number(last), 1);
				else delete parent[last];
			} else if (kind === "replace") parent[last] = replacement;
			else if (kind === "html") parent[last] = "<img src=x onerror=alert(1)>";
			else if (typeof parent === "object" && !Array.isArray(parent)) parent.zzUnknown = replacement;
			return copy;
		});
}

/** Valid-looking bodies from `schema`, and their mutations. */
export function bodies(schema: JsonSchema): fc.Arbitrary<unknown> {
	const valid = fromSchema(schema);
	return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: valid.chain(mutated), weight: 3 });
}
