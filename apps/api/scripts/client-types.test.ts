import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CLIENT_TYPES, clientTypes, servedDocument } from "./client-types.js";

describe("the typed client's generated types", () => {
	it("match the document the app serves (run `npm run generate -w @sidelines/api` when this fails)", async () => {
		const current = await clientTypes(await servedDocument());
		expect(await readFile(CLIENT_TYPES, "utf8")).toBe(current);
	});

	it("follow a change of the document: a new route is a new typed path", async () => {
		const document = structuredClone(await servedDocument()) as {
			paths: Record<string, Record<string, unknown>>;
		};
		document.paths["/v1/treaties"] = {
			get: { operationId: "listTreaties", responses: { 200: { description: "A page of treaties" } } },
		};
		const types = await clientTypes(document);
		expect(types).toContain('"/v1/treaties": {');
		expect(await readFile(CLIENT_TYPES, "utf8")).not.toContain("/v1/treaties");
	});
});
