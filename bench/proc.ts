import { readFileSync } from "node:fs";

/*
 * What the benchmarks read of a running process from Linux's /proc: its resident memory and the CPU time it
 * used. CPU time per request is the figure that survives a shared machine: a server's req/s falls when other
 * work takes its core, its CPU time per answer hardly moves.
 */

/** Sums `read(id)` over a process and its descendants (a process that ends meanwhile counts 0). */
function overTree(pid: number, read: (id: number) => number): number {
	let sum = 0;
	const visit = (id: number) => {
		try {
			sum += read(id);
			const children = readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim();
			for (const child of children ? children.split(" ") : []) visit(Number(child));
		} catch {
			// The process ended while we looked.
		}
	};
	visit(pid);
	return sum;
}

/** Resident memory of a process and its children, in MiB. */
export const rssOf = (pid: number): number =>
	overTree(pid, (id) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0)) /
	1024;

/** CPU time (user and system) a process and its children have used so far, in seconds (ticks of 10 ms). */
export const cpuOf = (pid: number): number =>
	overTree(pid, (id) => {
		const fields = readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
		return (Number(fields[11]) + Number(fields[12])) / 100;
	});
