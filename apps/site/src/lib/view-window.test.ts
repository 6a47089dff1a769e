import { describe, expect, it } from "vitest";
import { ViewWindow } from "./view-window.js";

describe("a reader counts once per window", () => {
	it("counts the first view, not the reloads, and again once the window has passed", () => {
		let now = 0;
		const views = new ViewWindow(1_000, 10, () => now);
		expect(views.first("198.51.100.7", "matera")).toBe(true);
		expect(views.first("198.51.100.7", "matera")).toBe(false);
		expect(views.first("198.51.100.8", "matera")).toBe(true);
		expect(views.first("198.51.100.7", "another-story")).toBe(true);
		now = 999;
		expect(views.first("198.51.100.7", "matera")).toBe(false);
		now = 1_000;
		expect(views.first("198.51.100.7", "matera")).toBe(true);
	});

	it("stays within its size by forgetting the oldest reader first", () => {
		const views = new ViewWindow(60_000, 2, () => 0);
		views.first("a", "x");
		views.first("b", "x");
		views.first("c", "x");
		expect(views.first("a", "x")).toBe(true);
		expect(views.first("c", "x")).toBe(false);
	});
});
