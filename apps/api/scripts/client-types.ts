import { writeFile } from "node:fs/promises";
import { openStore } from "@sidelines/store";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { createApp } from "../src/app.js";

/** Where the client's generated types live (committed; `npm run generate -w @sidelines/api` refreshes them). */
export const CLIENT_TYPES = new URL("../src/openapi-types.ts", import.meta.url);

const HEADER = `/*
 * Generated from the API's OpenAPI document by apps/api/scripts/client-types.ts. Do not edit:
 * run \`npm run generate -w @sidelines/api\` after changing a route or a schema.
 */

`;

/** The OpenAPI document the app serves, from an app over an empty in-memory store. */
export async function servedDocument(): Promise<object> {
	const store = await openStore({ sqlitePath: ":memory:" });
	try {
		const response = await createApp({ store }).request("/openapi.json");
		return (await response.json()) as object;
	} finally {
		await store.close();
	}
}

type Json = { [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** Names of the components a request body refers to (`ArticleCreate`, ...). */
function requestComponents(document: Json): Set<string> {
	const names = new Set<string>();
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (isObject(value)) {
			if (typeof value.$ref === "string") names.add(value.$ref.split("/").at(-1) ?? "");
			Object.values(value).forEach(collect);
		}
	};
	for (const item of Object.values((document.paths ?? {}) as Record<string, Json>))
		for (const operation of Object.values(item)) if (isObject(operation)) collect(operation.requestBody);
	return names;
}

/** Marks every property with a default as required, at any depth: what a response always carries. */
function requireDefaults(schema: unknown): void {
	if (Array.isArray(schema)) {
		for (const item of schema) requireDefaults(item);
		return;
	}
	if (!isObject(schema)) return;
	if (isObject(schema.properties)) {
		const withDefaults = Object.entries(schema.properties)
			.filter(([, property]) => isObject(property) && "default" in property)
			.map(([name]) => name);
		const required = new Set([...((schema.required as string[] | undefined) ?? []), ...withDefaults]);
		if (required.size > 0) schema.required = [...required];
	}
	for (const [key, value] of Object.entries(schema)) if (key !== "default") requireDefaults(value);
}

/**
 * The TypeScript types of every path and schema of `document`, as the client imports them. A field
 * with a default may be left out of a request but is always in a response, so defaults count as
 * required only in the components no request body uses (openapi-typescript cannot tell them apart).
 */
export async function clientTypes(document: object): Promise<string> {
	const copy = structuredClone(document) as Json;
	const requests = requestComponents(copy);
	const schemas = ((copy.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
	for (const [name, schema] of Object.entries(schemas)) if (!requests.has(name)) requireDefaults(schema);
	const ast = await openapiTS(copy as unknown as OpenAPI3, { defaultNonNullable: false });
	return HEADER + astToString(ast);
}

if (import.meta.main) {
	const document = await servedDocument();
	// `--document <file>` writes the served document instead, for the OpenAPI linter (`npm run lint`).
	const target = process.argv.indexOf("--document");
	if (target > 0)
		await writeFile(process.argv[target + 1] ?? "openapi.json", JSON.stringify(document, null, 2));
	else {
		await writeFile(CLIENT_TYPES, await clientTypes(document));
		console.log(`wrote ${CLIENT_TYPES.pathname}`);
	}
}
