import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightAssignment } from "./assignment.js";

function bruteForce(weights: number[][]): number {
	const columns = weights[0]?.length ?? 0;
	const best = (row: number, used: Set<number>): number => {
		if (row === weights.length) return 0;
		let value = best(row + 1, used);
		for (let column = 0; column < columns; column++) {
			const weight = weights[row]?.[column] ?? 0;
			if (used.has(column) || weight <= 0) continue;
			used.add(column);
			value = Math.max(value, weight + best(row + 1, used));
			used.delete(column);
		}
		return value;
	};
	return best(0, new Set());
}

describe("maxWeightAssignment", () => {
	it("prefers the best total over a greedy first choice", () => {
		expect(
			maxWeightAssignment([
				[3, 2],
				[3, 0],
			]),
		).toEqual([1, 0]);
		expect(maxWeightAssignment([[0, 0]])).toEqual([-1]);
		expect(maxWeightAssignment([])).toEqual([]);
	});

	it("finds the same total as trying every pairing", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 1, max: 5 }),
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 25, maxLength: 25 }),
				(rows, columns, cells) => {
					const weights = Array.from({ length: rows }, (_, row) => cells.slice(row * 5, row * 5 + columns));
					const pairs = maxWeightAssignment(weights);
					const used = pairs.filter((column) => column >= 0);
					expect(new Set(used).size).toBe(used.length);
					const total = pairs.reduce(
						(sum, column, row) => sum + (column >= 0 ? (weights[row]?.[column] ?? 0) : 0),
						0,
					);
					expect(total).toBe(bruteForce(weights));
				},
			),
		);
	});
});
