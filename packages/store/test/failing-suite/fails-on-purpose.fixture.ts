import { expect, it } from "vitest";

// Run only by exit-code.test.ts, in its own vitest, to prove a failing suite exits non-zero.
it("fails on purpose", () => {
	expect(1).toBe(2);
});
