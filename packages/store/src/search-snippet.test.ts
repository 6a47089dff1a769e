import { describe, expect, it } from "vitest";
import { searchSnippet } from "./search-snippet.js";
import { searchTerms } from "./search-terms.js";

const body =
	"Officials arrived early. The delegation then spent an hour on fisheries quotas before lunch was served " +
	"in the old hall, and after lunch the ministers signed a short treaty on harbour fees and iceberg patrols " +
	"that both sides had drafted over many months of quiet work.";

describe("searchSnippet", () => {
	it("cuts 16 words from two before the first match of the window holding the most terms, with ellipses where text is left out", () => {
		expect(searchSnippet([body], searchTerms("treaties iceberg"))).toBe(
			"…a short treaty on harbour fees and iceberg patrols that both sides had drafted over many…",
		);
	});

	it("matches words that differ from a term only in their ending, and prefixes written with *", () => {
		expect(searchSnippet(["Quiet talking went on."], searchTerms("talks"))).toBe("Quiet talking went on.");
		expect(searchSnippet(["The fishery reopened."], searchTerms("fish*"))).toBe("The fishery reopened.");
		expect(searchSnippet(["The fishery reopened."], searchTerms("fisherman"))).toBe("The fishery reopened.");
		expect(searchSnippet(["He said hello."], searchTerms("hello"))).toBe("He said hello.");
	});

	it("takes the field holding more of the terms, else the opening words of the first one", () => {
		expect(searchSnippet(["A short standfirst.", body], searchTerms("fisheries quotas"))).toBe(
			"…hour on fisheries quotas before lunch was served in the old hall, and after lunch the…",
		);
		expect(searchSnippet([undefined, body], searchTerms("zeppelin"))).toBe(
			"Officials arrived early. The delegation then spent an hour on fisheries quotas before lunch was served…",
		);
		expect(searchSnippet([], searchTerms("zeppelin"))).toBe("");
	});

	it("reads no field after one holding every term", () => {
		function* fields() {
			yield "The harbour treaty on iceberg patrols was signed.";
			throw new Error("the body was read");
		}
		expect(searchSnippet(fields(), searchTerms("treaty iceberg"))).toBe(
			"The harbour treaty on iceberg patrols was signed.",
		);
	});
});
