import { ApiError, type ProblemDetails } from "@sidelines/api/client";
import { describe, expect, it } from "vitest";
import { ARTICLE_FIELDS } from "./article-form.js";
import { FormError, fieldOfProblem, invalidControls, refusedForm } from "./form-error.js";
import { meetingFields } from "./meeting-form.js";
import { NEW_PERSON_FIELDS } from "./new-person-form.js";

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

describe("which control a problem is about", () => {
	const meeting = [...meetingFields(3), ...NEW_PERSON_FIELDS];
	const control = (field: string) => fieldOfProblem({ field, message: "wrong" }, meeting)?.id;

	it("finds it by record path, JSON Pointer or the control's own name, the longest path first", () => {
		expect(control("place.country")).toBe("place-country");
		expect(control("/place/country")).toBe("place-country");
		expect(control("place")).toBe("place-country");
		expect(control("place.city")).toBe("place-city");
		expect(control("date.day")).toBe("date-day");
		expect(control("duration.minutes")).toBe("duration-minutes");
		expect(control("participants")).toBe("party-0-value");
		expect(control("party-2-value")).toBe("party-2-value");
		expect(control("new person name.family")).toBe("new-family");
		expect(control("new person offices.0.start")).toBe("new-office-start");
	});

	it("finds none for the whole record or a path the form has no control for", () => {
		expect(control("record")).toBeUndefined();
		expect(control("placement")).toBeUndefined();
		expect(control("review")).toBeUndefined();
	});

	it("marks only the controls a problem is about, pointing each at its line of the summary", () => {
		const invalid = invalidControls([{ field: "/tags/1", message: "tags are lower case" }], ARTICLE_FIELDS);
		expect(invalid("tags")).toEqual({ "aria-invalid": "true", "aria-describedby": "problem-tags" });
		expect(invalid("headline")).toEqual({});
	});
});
