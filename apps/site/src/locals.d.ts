/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The API, read through one memoising reader per request (set by the middleware). */
		reader: import("./lib/api.js").Reader;
	}
}
