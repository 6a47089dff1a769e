import {
	ArticleCreate,
	ArticleUpdate,
	DiplomatCreate,
	DiplomatUpdate,
	MeetingCreate,
	MeetingUpdate,
	OccasionCreate,
	OccasionUpdate,
} from "@sidelines/domain";
import { materaArticle } from "@sidelines/domain/fixtures";
import { importPage } from "@sidelines/ingest";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonOf, startApi, type TestApi } from "./support/api.js";
import {
	bodies,
	fromSchema,
	HOSTILE,
	hostile,
	hostileClassesIn,
	hostilePage,
	type JsonSchema,
	urlEncode,
} from "./support/arbitrary.js";

const BODY_SCHEMAS: Record<string, z.ZodType> = {
	ArticleCreate,
	ArticleUpdate,
	MeetingCreate,
	MeetingUpdate,
	DiplomatCreate,
	DiplomatUpdate,
	OccasionCreate,
	OccasionUpdate,
};
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const KNOWN_PARAMS = [
	materaArticle.slug,
	materaArticle.shortCode,
	"popular",
	"motegi-toshimitsu",
	"antony-blinken",
	"mtg-suga-biden-2021-01",
	"mtg-blinken-motegi-2021-06-29",
	"g20-fmm-matera-2021",
	"standalone.js",
	"init.js",
];

interface Operation {
	method: string;
	path: string;
	query: { name: string; schema: JsonSchema }[];
	body: JsonSchema | undefined;
}

interface FuzzRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string | undefined;
}

async function operations(api: TestApi): Promise<Operation[]> {
	const document = await jsonOf(await api.app.request("/openapi.json"));
	const result: Operation[] = [];
	type OperationObject = {
		requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
		parameters?: { in: string; name: string; schema?: JsonSchema }[];
	};
	for (const [path, item] of Object.entries(
		document.paths as Record<string, Record<string, OperationObject>>,
	)) {
		for (const [method, operation] of Object.entries(item)) {
			const ref: string | undefined = operation.requestBody?.content?.["application/json"]?.schema?.$ref;
			const bodySchema = ref ? BODY_SCHEMAS[ref.split("/").at(-1) as string] : undefined;
			result.push({
				method: method.toUpperCase(),
				path,
				query: (operation.parameters ?? [])
					.filter((parameter) => parameter.in === "query")
					.map((parameter) => ({
						name: parameter.name,
						schema: parameter.schema ?? {},
					})),
				body: bodySchema
					? (z.toJSONSchema(bodySchema, { io: "input", unrepresentable: "any" }) as JsonSchema)
					: undefined,
			});
		}
	}
	return result;
}

function requests(ops: Operation[], keys: { write: string; admin: string }): fc.Arbitrary<FuzzRequest> {
	const segment = fc.oneof(
		{ arbitrary: fc.constantFrom(...KNOWN_PARAMS), weight: 4 },
		{ arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/), weight: 2 },
		{ arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent), weight: 2 },
		{ arbitrary: fc.constantFrom("..", "%", "%zz", "%00", "a%2Fb", "%E2%82", "😀"), weight: 1 },
		{ arbitrary: hostile.map(urlEncode), weight: 1 },
	);
	const headerValue = <T extends string>(...values: T[]) =>
		fc.option(fc.constantFrom(...values), { nil: undefined });
	const headers = fc.record({
		authorization: headerValue(
			keys.write,
			keys.admin,
			"Bearer sl_unknownunknownunknown",
			"Basic dXNlcjpwYXNz",
			`Bearer ${"a".repeat(700)}`,
			"Bearer",
		),
		"if-match": headerValue(
			'"art-motegi-blinken-matera:v1"',
			'"mtg-suga-biden-2021-01:v1"',
			"*",
			'"x:v0"',
			"garbage",
			'W/"a"',
			'"motegi-toshimitsu:v1", "a:v2"',
		),
		"if-none-match": headerValue('"art-motegi-blinken-matera:v1"', "*", "garbage", 'W/"abc"'),
		"content-type": headerValue(
			"application/json",
			"application/json; charset=utf-8",
			"text/plain",
			"application/x-www-form-urlencoded",
			"multipart/form-data; boundary=x",
			"application/problem+json",
			"garbage/",
		),
		"idempotency-key": fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
		accept: headerValue("application/json", "text/html", "*/*"),
	});

	const routed = fc.constantFrom(...ops).chain((op) =>
		fc.record({
			method: fc.oneof(
				{ arbitrary: fc.constant(op.method), weight: 4 },
				{ arbitrary: fc.constantFrom(...METHODS), weight: 1 },
			),
			path: fc.array(segment, { minLength: 3, maxLength: 3 }).map((values) => {
				let index = 0;
				return op.path.replace(/\{[^}]+\}/g, () => values[index++] as string);
			}),
			query: fc.tuple(
				...op.query.map((parameter) =>
					fc
						.option(
							fc.oneof(
								fromSchema(parameter.schema).map((value) =>
									typeof value === "string" ? value : JSON.stringify(value),
								),
								fc.string({ maxLength: 20 }),
								fc.constantFrom("-1", "0", "101", "1e3", "NaN", "2021-02-30", "2021-01-01T00:00:00+09:00"),
								hostile,
							),
							{ nil: undefined },
						)
						.map((value) => [parameter.name, value] as const),
				),
			),
			extraQuery: fc.option(
				fc.tuple(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 10 }), hostile)),
				{
					nil: undefined,
				},
			),
			body: fc.oneof(
				{ arbitrary: fc.constant(undefined), weight: 1 },
				{
					arbitrary: op.body
						? bodies(op.body).map((value) => JSON.stringify(value))
						: fc.oneof(
								fc.jsonValue().map((value) => JSON.stringify(value)),
								hostilePage, // raw pages for POST /v1/import
							),
					weight: 4,
				},
				{
					arbitrary: fc.constantFrom("{", "", "null", "[]", '{"a":', "\u0000", '{"__proto__":{"x":1}}'),
					weight: 1,
				},
			),
		}),
	);
	const random = fc.record({
		method: fc.constantFrom(...METHODS),
		path: fc.array(segment, { minLength: 0, maxLength: 5 }).map((parts) => `/${["v1", ...parts].join("/")}`),
		query: fc.constant([] as (readonly [string, string | undefined])[]),
		extraQuery: fc.option(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })), {
			nil: undefined,
		}),
		body: fc.option(
			fc.jsonValue().map((value) => JSON.stringify(value)),
			{ nil: undefined },
		),
	});
	return fc
		.tuple(fc.oneof({ arbitrary: routed, weight: 9 }, { arbitrary: random, weight: 1 }), headers)
		.map(([request, headerValues]) => {
			// Encoded by hand: URLSearchParams would turn lone surrogates into U+FFFD before they are sent.
			const pairs = request.query.flatMap(([name, value]) => (value === undefined ? [] : [[name, value]]));
			if (request.extraQuery) pairs.push([...request.extraQuery]);
			const query = pairs
				.map(([name, value]) => `${urlEncode(name as string)}=${urlEncode(value as string)}`)
				.join("&");
			const withBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
			const headers: Record<string, string> = {};
			for (const [name, value] of Object.entries(headerValues))
				if (value !== undefined && /^[\t\x20-\x7e]*$/.test(value)) headers[name] = value;
			return {
				method: request.method,
				url: `${request.path}${query ? `?${query}` : ""}`,
				headers,
				body: withBody ? request.body : undefined,
			};
		});
}

/** How many requests got each status, and how many carried each hostile class. */
interface Tally {
	statuses: Map<number, number>;
	classes: Map<string, number>;
}

const newTally = (): Tally => ({
	statuses: new Map(),
	classes: new Map(Object.keys(HOSTILE).map((name) => [name, 0])),
});

/** Prints a run's tally for the closing note and checks every hostile class was sent. */
function report(label: string, count: number, { statuses, classes }: Tally): void {
	console.log(
		`${label}: ${count} requests; statuses`,
		Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
		"; requests carrying each class",
		Object.fromEntries(classes),
	);
	for (const [name, carried] of classes) expect(carried, `class ${name}`).toBeGreaterThan(0);
}

/** Checks one answer: never a 5xx; every 4xx a problem+json whose status is the HTTP status. */
async function check(request: FuzzRequest, response: Response, { statuses, classes }: Tally): Promise<void> {
	statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
	for (const name of hostileClassesIn(request.url, request.body))
		classes.set(name, (classes.get(name) ?? 0) + 1);
	const where = `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${request.body?.slice(0, 200)}`;
	if (response.status >= 500) throw new Error(`${response.status} for ${where}: ${await response.text()}`);
	if (response.status < 400) {
		await response.arrayBuffer();
		return;
	}
	const type = response.headers.get("content-type") ?? "";
	if (!type.startsWith("application/problem+json"))
		throw new Error(`${response.status} without problem+json (${type}) for ${where}`);
	if (request.method === "HEAD") return;
	const problem = await jsonOf(response);
	const valid =
		typeof problem.type === "string" &&
		typeof problem.title === "string" &&
		problem.status === response.status &&
		typeof problem.detail === "string" &&
		typeof problem.instance === "string" &&
		Array.isArray(problem.errors) &&
		problem.errors.every(
			(error: { pointer: unknown; detail: unknown }) =>
				typeof error.pointer === "string" && typeof error.detail === "string",
		);
	if (!valid) throw new Error(`invalid problem ${JSON.stringify(problem)} for ${where}`);
}

// As the Node server is built: with the page importer behind POST /v1/import.
const generous = {
	importer: importPage,
	limits: { authFailures: { limit: 1e9, windowMs: 60_000 }, writes: { limit: 1e9, windowMs: 60_000 } },
};

describe("fuzzing every route", () => {
	let api: TestApi;
	let ops: Operation[];
	let keys: { write: string; admin: string };
	beforeAll(async () => {
		api = await startApi("sqlite", generous);
		ops = await operations(api);
		keys = {
			write: (await api.key(["write"])).authorization,
			admin: (await api.key(["admin"])).authorization,
		};
	});
	afterAll(async () => api.close());

	it("answers 5,000 generated requests (in process) with no 5xx and only valid problems", async () => {
		const tally = newTally();
		let count = 0;
		await fc.assert(
			fc.asyncProperty(requests(ops, keys), async (request) => {
				count++;
				const response = await api.app.request(request.url, {
					method: request.method,
					headers: request.headers,
					...(request.body === undefined ? {} : { body: request.body }),
				});
				await check(request, response, tally);
			}),
			{ seed: 20_210_629, numRuns: 5_000, endOnFailure: true },
		);
		expect(count).toBeGreaterThanOrEqual(5_000);
		expect(api.logged).toEqual([]);
		report("in-process fuzz on SQLite", count, tally);
		const { statuses } = tally;
		// The generator gets past validation to successes as well as to each common refusal
		// (412 and 428 need a matching key, record and ETag at once: the write tests cover them).
		for (const status of [200, 204, 304, 400, 401, 403, 404, 405, 415, 422]) {
			expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
		}
	}, 120_000);
});

describe("fuzzing over real HTTP on PostgreSQL", () => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("postgres", generous);
	});
	afterAll(async () => api.close());

	it("answers 1,000 generated requests over HTTP with no 5xx and only valid problems", async () => {
		const ops = await operations(api);
		const keys = {
			write: (await api.key(["write"])).authorization,
			admin: (await api.key(["admin"])).authorization,
		};
		const tally = newTally();
		let count = 0;
		await fc.assert(
			fc.asyncProperty(requests(ops, keys), async (request) => {
				const response = await api.fetch(request.url, {
					method: request.method,
					headers: request.headers,
					redirect: "manual",
					...(request.body === undefined ? {} : { body: request.body }),
				});
				count++;
				await check(request, response, tally);
			}),
			{ seed: 20_210_630, numRuns: 1_000, endOnFailure: true },
		);
		expect(api.logged).toEqual([]);
		report("HTTP fuzz on PostgreSQL", count, tally);
	}, 120_000);
});
