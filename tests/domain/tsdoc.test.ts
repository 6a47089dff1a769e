import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// @sidelines/domain is published: every public export carries TSDoc with an @example, so editors and
// npm readers see how to call it. Read from the sources, since the built .d.ts files drop some comments.
const entries = ["../../packages/domain/src/index.ts", "../../packages/domain/src/fixtures/index.ts"].map(
	(path) => fileURLToPath(new URL(path, import.meta.url)),
);

function exportsWithoutExample(): { checked: string[]; missing: string[] } {
	const program = ts.createProgram(entries, {
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		strict: true,
		resolveJsonModule: true,
		noEmit: true,
	});
	const checker = program.getTypeChecker();
	const checked: string[] = [];
	const missing: string[] = [];
	for (const entry of entries) {
		const source = program.getSourceFile(entry);
		if (!source) throw new Error(`TypeScript did not load ${entry}`);
		const module = checker.getSymbolAtLocation(source);
		if (!module) throw new Error(`${entry} is not a module`);
		for (const symbol of checker.getExportsOfModule(module)) {
			// Re-exports are documented where they are declared, so follow the alias to the declaration.
			const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
			const examples = target
				.getJsDocTags(checker)
				.filter((tag) => tag.name === "example" && ts.displayPartsToString(tag.text).trim() !== "");
			checked.push(symbol.name);
			if (examples.length === 0) {
				const documented = ts.displayPartsToString(target.getDocumentationComment(checker)) !== "";
				missing.push(documented ? symbol.name : `${symbol.name} (no doc)`);
			}
		}
	}
	return { checked, missing };
}

describe("@sidelines/domain TSDoc", () => {
	it("gives every public export of the package and its fixtures an @example", () => {
		const { checked, missing } = exportsWithoutExample();
		// Guards against a check that passes because it found nothing to look at.
		expect(checked).toEqual(expect.arrayContaining(["Meeting", "mergeMeetings", "materaMeetings"]));
		expect(missing, `exports without an @example:\n${missing.join("\n")}`).toEqual([]);
	});
});
