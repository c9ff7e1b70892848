// Keyboard play and screen-reader announcements. The game works without this
// file: every action is a plain form or link that htmx merely enhances.
(() => {
  // Styles that only make sense with this file running (key tips) key off this class.
  document.documentElement.classList.add("js");
  const stage = () => document.getElementById("stage");

  // Text put into a live region that already exists is what screen readers announce.
  document.addEventListener("htmx:after:swap", () => {
    const region = document.getElementById("announcer");
    const source = stage()?.querySelector("[data-announce]");
    if (region) region.textContent = source ? source.dataset.announce : "";
  });

  // A swapped-in moment of the game names itself in the tab and the history.
  document.addEventListener("htmx:after:swap", () => {
    const titled = stage()?.querySelector("[data-title]");
    if (titled) document.title = titled.dataset.title;
  });

  // Copy buttons exist only where JavaScript can copy, and Share only where the browser has a share
  // sheet (most phones); without either the text stays ready to select.
  const enableCopy = () => {
    for (const button of document.querySelectorAll("[data-copy][hidden]")) button.hidden = false;
    if (navigator.share) for (const button of document.querySelectorAll("[data-share][hidden]")) button.hidden = false;
  };
  document.addEventListener("DOMContentLoaded", enableCopy);
  document.addEventListener("htmx:after:swap", enableCopy);
  document.addEventListener("click", async (event) => {
    const sharing = event.target.closest?.("[data-share]");
    if (sharing) {
      const text = document.querySelector(sharing.dataset.share)?.value;
      const url = document.querySelector(sharing.dataset.shareUrl)?.value;
      try {
        await navigator.share({ text, url });
      } catch {
        // The player closed the share sheet: nothing to do.
      }
      return;
    }
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

  // Sound and vibration on the verdict: off by default, remembered in this browser.
  const effectOn = (name) => localStorage.getItem(`cliffhanger:${name}`) === "on";
  const showEffects = () => {
    const box = document.querySelector(".effects");
    if (!box) return;
    box.hidden = false;
    for (const input of box.querySelectorAll("[data-effect]")) input.checked = effectOn(input.dataset.effect);
    const vibrate = box.querySelector(".vibrate-only");
    if (vibrate && !navigator.vibrate) vibrate.hidden = true;
  };
  document.addEventListener("DOMContentLoaded", showEffects);
  document.addEventListener("change", (event) => {
    const name = event.target.dataset?.effect;
    if (name) localStorage.setItem(`cliffhanger:${name}`, event.target.checked ? "on" : "off");
  });
  let audio;
  const tone = (right) => {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    const notes = right ? [660, 880] : [220, 180];
    notes.forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.12, now + index * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.001, now + index * 0.12 + 0.18);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(now + index * 0.12);
      oscillator.stop(now + index * 0.12 + 0.2);
    });
  };
  document.addEventListener("htmx:after:swap", () => {
    const verdict = stage()?.querySelector(".feedback");
    if (!verdict) return;
    const right = verdict.classList.contains("is-right");
    if (effectOn("sound")) tone(right);
    if (effectOn("vibrate") && navigator.vibrate) navigator.vibrate(right ? 40 : [70, 50, 70]);
  });

  // A timed question's countdown: the server keeps the time; this shows it, and when it runs out
  // posts the question's form with no answer, which the server records as "Time's up".
  let ticking;
  const startCountdown = () => {
    clearInterval(ticking);
    const box = stage()?.querySelector(".countdown");
    if (!box) return;
    const ends = performance.now() + Number(box.dataset.left) * 1000;
    const number = box.querySelector(".countdown-number");
    const bar = box.querySelector("progress");
    ticking = setInterval(() => {
      const left = Math.max((ends - performance.now()) / 1000, 0);
      number.textContent = Math.ceil(left);
      bar.value = left;
      box.classList.toggle("low", left <= 5);
      if (left > 0) return;
      clearInterval(ticking);
      const form = stage()?.querySelector(".question-form");
      if (!form || form.querySelector("button:disabled")) return;
      form.noValidate = true; // an empty typed answer must go too: the server records "Time's up"
      form.requestSubmit();
    }, 200);
  };
  document.addEventListener("DOMContentLoaded", startCountdown);
  document.addEventListener("htmx:after:swap", startCountdown);

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
