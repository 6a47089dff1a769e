/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)) on a rows × columns weight matrix.
 * Returns for each row the column it is paired with, or -1. Pairs of weight <= 0 are left unpaired.
 * @example maxWeightAssignment([[1, 0], [0, 1]]); // [0, 1]
 */
export function maxWeightAssignment(weights: number[][]): number[] {
	const rows = weights.length;
	const columns = Math.max(0, ...weights.map((row) => row.length));
	const n = Math.max(rows, columns);
	if (n === 0) return [];
	const max = Math.max(0, ...weights.flat());
	// Square cost matrix for minimisation; padding cells cost as much as a zero-weight pair.
	const cost = (i: number, j: number) => max - (i < rows && j < columns ? (weights[i]?.[j] ?? 0) : 0);
	const u = new Array<number>(n + 1).fill(0);
	const v = new Array<number>(n + 1).fill(0);
	const p = new Array<number>(n + 1).fill(0);
	const way = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= n; i++) {
		p[0] = i;
		let j0 = 0;
		const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
		const used = new Array<boolean>(n + 1).fill(false);
		do {
			used[j0] = true;
			const i0 = p[j0] ?? 0;
			let delta = Number.POSITIVE_INFINITY;
			let j1 = 0;
			for (let j = 1; j <= n; j++) {
				if (used[j]) continue;
				const current = cost(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
				if (current < (minv[j] ?? 0)) {
					minv[j] = current;
					way[j] = j0;
				}
				if ((minv[j] ?? 0) < delta) {
					delta = minv[j] ?? 0;
					j1 = j;
				}
			}
			for (let j = 0; j <= n; j++) {
				if (used[j]) {
					u[p[j] ?? 0] = (u[p[j] ?? 0] ?? 0) + delta;
					v[j] = (v[j] ?? 0) - delta;
				} else minv[j] = (minv[j] ?? 0) - delta;
			}
			j0 = j1;
		} while (p[j0] !== 0);
		do {
			const j1 = way[j0] ?? 0;
			p[j0] = p[j1] ?? 0;
			j0 = j1;
		} while (j0 !== 0);
	}
	const result = new Array<number>(rows).fill(-1);
	for (let j = 1; j <= n; j++) {
		const i = (p[j] ?? 0) - 1;
		if (i >= 0 && i < rows && j - 1 < columns && (weights[i]?.[j - 1] ?? 0) > 0) result[i] = j - 1;
	}
	return result;
}
