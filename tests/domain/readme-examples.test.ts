import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The README's examples are part of the package's contract: each `js` block runs against the built
// package, and what each console.log prints must equal the `// ...` comment that documents it.
const readmePath = fileURLToPath(new URL("../../packages/domain/README.md", import.meta.url));
const blocks = [...readFileSync(readmePath, "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map(
	(match) => match[1] ?? "",
);

function expectedOutput(code: string): string[] {
	const lines = code.split("\n");
	const expected: string[] = [];
	lines.forEach((line, index) => {
		if (!line.includes("console.log(")) return;
		const trailing = /\);\s*\/\/ (.*)$/.exec(line);
		const next = /^\s*\/\/ (.*)$/.exec(lines[index + 1] ?? "");
		const comment = trailing?.[1] ?? next?.[1];
		if (comment !== undefined) expected.push(comment);
	});
	return expected;
}

describe("packages/domain/README.md examples", () => {
	it("has examples", () => {
		expect(blocks.length).toBeGreaterThanOrEqual(4);
	});

	it.each(blocks.map((code, index) => [index + 1, code] as const))(
		"example %i prints what its comments say",
		(_, code) => {
			const output = execFileSync(process.execPath, ["--input-type=module", "-e", code], {
				cwd: fileURLToPath(new URL(".", import.meta.url)),
				encoding: "utf8",
			});
			expect(output.trimEnd().split("\n")).toEqual(expectedOutput(code));
		},
	);
});
