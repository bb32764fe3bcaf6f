// The summary of the date shown, worded by the server's rules of speech (/api/v1/summary):
// for screen readers (it describes the map) and for copying into an article.

export function renderSummary(text) {
  const summary = document.getElementById("summary");
  summary.textContent = text;
  summary.removeAttribute("aria-busy");
}

export function setUpCopy() {
  const button = document.getElementById("copy-summary");
  button.addEventListener("click", async () => {
    const text = document.getElementById("summary").textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (err) {
      // Without clipboard permission, select the text so the reader can copy it by hand.
      window.getSelection().selectAllChildren(document.getElementById("summary"));
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => { button.textContent = "Copy summary"; }, 2000);
  });
}
