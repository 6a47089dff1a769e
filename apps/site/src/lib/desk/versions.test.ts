import { describe, expect, it } from "vitest";
import { applyPatch } from "./versions.js";

describe("applyPatch", () => {
	it("replaces given fields, clears nulls and leaves the rest", () => {
		const record = { id: "m", version: 3, format: "phone", place: { country: "MT" }, topics: ["fish"] };
		expect(applyPatch(record, { format: "video", place: null, topics: undefined })).toEqual({
			id: "m",
			version: 3,
			format: "video",
			topics: ["fish"],
		});
		expect(record.format).toBe("phone");
	});
});
