// The copy-link button of the share box (templates/includes/share.html).
// The button stays hidden without JavaScript: the link is still there to copy by hand.
"use strict";

document.querySelectorAll("[data-copy-link]").forEach((button) => {
    const field = document.querySelector(button.dataset.copyLink);
    const status = document.getElementById(button.getAttribute("aria-describedby"));
    if (!field || !status) {
        return;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
        try {
            await navigator.clipboard.writeText(field.value);
            status.textContent = button.dataset.copied;
        } catch {
            // No clipboard access (an insecure origin, a refused permission):
            // select the link so that the visitor can copy it.
            field.focus();
            field.select();
            status.textContent = button.dataset.copyFailed;
        }
    });
});
