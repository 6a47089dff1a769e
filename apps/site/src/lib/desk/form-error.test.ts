import { ApiError, type ProblemDetails } from "@sidelines/api/client";
import { describe, expect, it } from "vitest";
import { FormError, refusedForm } from "./form-error.js";

/** The typed client's failure for an answer with this status and, when given, this problem. */
const refusal = (status: number, problem?: Pick<ProblemDetails, "detail" | "errors">) =>
	new ApiError(
		status,
		problem && { type: "about:blank", title: "Refused", status, instance: "/v1/x", ...problem },
		new Response(null, { status }),
	);

describe("what a refused desk form shows", () => {
	it("shows the form's own problems with 422", () => {
		const error = new FormError([
			{ field: "into", message: "choose the meeting to merge this proposal into" },
		]);
		expect(refusedForm(error)).toEqual({ problems: error.problems, status: 422 });
	});

	it("shows each problem the API names by JSON Pointer, with the API's status", () => {
		const error = refusal(422, {
			detail: "the update is not valid",
			errors: [{ pointer: "/headline", detail: "headline must not be empty" }],
		});
		expect(refusedForm(error)).toEqual({
			problems: [{ field: "/headline", message: "headline must not be empty" }],
			status: 422,
		});
	});

	it("shows the API's detail for the whole record when it names no field", () => {
		const error = refusal(403, { detail: "only administrators delete", errors: [] });
		expect(refusedForm(error)).toEqual({
			problems: [{ field: "record", message: "only administrators delete" }],
			status: 403,
		});
	});

	it("throws on what no form can fix: a failing API and anything unexpected", () => {
		const down = refusal(502);
		expect(() => refusedForm(down)).toThrow(down);
		const bug = new TypeError("not a function");
		expect(() => refusedForm(bug)).toThrow(bug);
	});
});
