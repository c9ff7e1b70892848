// Keyboard play and screen-reader announcements. The game works without this
// file: every action is a plain form or link that htmx merely enhances.
(() => {
  const stage = () => document.getElementById("stage");

  // Text put into a live region that already exists is what screen readers announce.
  document.addEventListener("htmx:after:swap", () => {
    const region = document.getElementById("announcer");
    const source = stage()?.querySelector("[data-announce]");
    if (region) region.textContent = source ? source.dataset.announce : "";
  });

  // Copy buttons exist only where JavaScript can copy; without it the text stays ready to select.
  const enableCopy = () => {
    for (const button of document.querySelectorAll("[data-copy][hidden]")) button.hidden = false;
  };
  document.addEventListener("DOMContentLoaded", enableCopy);
  document.addEventListener("htmx:after:swap", enableCopy);
  document.addEventListener("click", async (event) => {
    const button = event.target.closest?.("[data-copy]");
    if (!button) return;
    const source = document.querySelector(button.dataset.copy);
    const status = button.parentElement.querySelector(".copy-status");
    try {
      await navigator.clipboard.writeText(source.value);
      if (status) status.textContent = "Copied.";
    } catch {
      source.select();
      if (status) status.textContent = "Press Ctrl+C (or ⌘C) to copy.";
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
    const here = stage();
    if (!here) return;
    if (/^[1-9]$/.test(event.key)) {
      const button = here.querySelector(`.question-form button[data-key="${event.key}"]`);
      if (button && !button.disabled) {
        event.preventDefault();
        button.click();
      }
    } else if (event.key === "Enter" && !event.target.closest?.("a, button")) {
      const next = here.querySelector("a.next");
      if (next) {
        event.preventDefault();
        next.click();
      }
    }
  });
})();
