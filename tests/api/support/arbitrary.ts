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
const TEXT = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: "grapheme", maxLength: 20 }),
	fc.constantFrom("Matera", "<p>tag</p>", "\u0000", " padded ", "茂木敏充", "x".repeat(400)),
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
