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
