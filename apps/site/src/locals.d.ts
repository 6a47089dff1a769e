/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The API, read through one memoising reader per request (set by the middleware). */
		reader: import("./lib/api.js").Reader;
		/** Under /desk: where the API answers and whose address the request came from. */
		deskConnection?: import("./lib/desk/desk-api.js").DeskConnection;
		/** Under /desk, once the session cookie is recognised: the editor and the API as they see it. */
		desk?: {
			api: import("./lib/desk/desk-api.js").DeskApi;
			user: import("./lib/desk/desk-api.js").DeskSession["user"];
		};
	}
}
