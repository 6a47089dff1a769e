// Progressive enhancement: the short link is a plain link; with JavaScript, a button copies it.
for (const button of document.querySelectorAll("button[data-copy]")) {
	const link = document.querySelector(button.getAttribute("data-copy"));
	const status = button.parentElement?.querySelector("[data-copy-status]");
	if (!link || !navigator.clipboard) continue;
	button.hidden = false;
	button.addEventListener("click", async () => {
		try {
			await navigator.clipboard.writeText(link.href);
			if (status) status.textContent = "Copied";
		} catch {
			if (status) status.textContent = "Copy failed: select the link instead";
		}
	});
}
