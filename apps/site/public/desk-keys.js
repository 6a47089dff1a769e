// Keyboard shortcuts for the desk's review queue: j/k move between proposals, c confirms,
// r rejects (focuses the reason; Enter sends it), e edits. Every action stays a plain form or link.
(() => {
	const proposals = Array.from(document.querySelectorAll("[data-proposal]"));
	if (proposals.length === 0) return;
	const help = document.getElementById("keys-help");
	if (help) help.hidden = false;
	let index = -1;
	const select = (next) => {
		if (next < 0 || next >= proposals.length) return;
		proposals[index]?.classList.remove("selected");
		index = next;
		const proposal = proposals[index];
		proposal.classList.add("selected");
		proposal.setAttribute("tabindex", "-1");
		proposal.focus();
		proposal.scrollIntoView({ block: "nearest" });
	};
	const action = (name) => proposals[index]?.querySelector(`[data-action="${name}"]`);
	document.addEventListener("keydown", (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target;
		if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]")) return;
		const key = event.key;
		if (key === "j") select(index + 1);
		else if (key === "k") select(index - 1);
		else if (index < 0) return;
		else if (key === "c") action("confirm")?.click();
		else if (key === "r") action("reason")?.focus();
		else if (key === "e") action("edit")?.click();
		else return;
		event.preventDefault();
	});
})();
