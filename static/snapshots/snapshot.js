// The snapshot page: the embed dialog, copy buttons, and the same resize listener articles use.
(function () {
  "use strict";
  const dialog = document.getElementById("embed-dialog");
  document.getElementById("embed-open").addEventListener("click", () => dialog.showModal());
  document.getElementById("embed-close").addEventListener("click", () => dialog.close());

  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      const value = source.value !== undefined ? source.value : source.textContent;
      try {
        await navigator.clipboard.writeText(value.trim());
        button.textContent = "Copied";
      } catch (err) {
        // Without clipboard permission, select the text so Ctrl+C copies it.
        if (source.select) source.select();
        else window.getSelection().selectAllChildren(source);
      }
    });
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.origin !== window.location.origin || !data || data.type !== "territorial-map:height") return;
    for (const frame of document.querySelectorAll(`iframe[data-territorial-map="${data.id}"]`)) {
      frame.style.height = `${data.height}px`;
    }
  });
})();
