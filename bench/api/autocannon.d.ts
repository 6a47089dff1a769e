// autocannon ships no types; this is the part the benchmark uses.
declare module "autocannon" {
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		mean: number;
	}
	interface Result {
		requests: Histogram & { total: number };
		latency: Histogram;
		non2xx: number;
		errors: number;
		timeouts: number;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		pipelining?: number;
		headers?: Record<string, string>;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
