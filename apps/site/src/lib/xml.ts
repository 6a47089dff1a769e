/**
 * Text made safe for XML content and attribute values.
 * @example escapeXml(`Tom & "Jerry" <3`); // "Tom &amp; &quot;Jerry&quot; &lt;3"
 */
export function escapeXml(text: string): string {
	return (
		text
			.replace(/&/g, "&amp;")
			.replace(/</g, "&lt;")
			.replace(/>/g, "&gt;")
			.replace(/"/g, "&quot;")
			.replace(/'/g, "&apos;")
			// Characters XML 1.0 forbids (controls other than tab, newline, return).
			// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
	);
}

/**
 * An XML element with escaped text content.
 * @example element("title", "G20 & Japan"); // "<title>G20 &amp; Japan</title>"
 */
export const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
