import { materaMeetings } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { layoutNetwork } from "./network.js";

describe("the network of who met whom", () => {
	it("joins each pair that met once, counts meetings per party, and keeps every node inside the drawing", () => {
		const country = (id: string) => (id.startsWith("mot") || id.startsWith("suga") ? "JP" : id);
		const layout = layoutNetwork(materaMeetings, country);
		expect(layout.edges.map((edge) => `${edge.a} ${edge.b}`).sort()).toEqual([
			"antony-blinken motegi-toshimitsu",
			"dominic-raab motegi-toshimitsu",
			"joe-biden suga-yoshihide",
			"luigi-di-maio motegi-toshimitsu",
		]);
		expect(layout.nodes.find((node) => node.id === "motegi-toshimitsu")?.meetings).toBe(3);
		for (const node of layout.nodes) {
			expect(node.x).toBeGreaterThanOrEqual(180);
			expect(node.x).toBeLessThanOrEqual(layout.width - 180);
			expect(node.y).toBeGreaterThanOrEqual(0);
			expect(node.y).toBeLessThanOrEqual(layout.height);
		}
		expect(layoutNetwork(materaMeetings, country)).toEqual(layout);
	});
});
