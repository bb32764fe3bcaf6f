// Notices over the map: one per problem, in plain words, each with a close button. A problem
// has a key ("epoch", "basemap-rivers", …): saying it again replaces its notice rather than
// adding a second one, and clearing the key (the next request succeeded) takes it away.

const notices = new Map();

function container() {
  return document.getElementById("map-message");
}

function refresh() {
  container().hidden = notices.size === 0;
}

export function notify(key, text) {
  let notice = notices.get(key);
  if (!notice) {
    notice = document.createElement("p");
    notice.className = "notice";
    notice.dataset.key = key;
    const words = document.createElement("span");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "notice-close";
    close.textContent = "×";
    close.setAttribute("aria-label", "Dismiss this notice");
    close.addEventListener("click", () => clearNotice(key));
    notice.append(words, close);
    notices.set(key, notice);
    container().appendChild(notice);
  }
  notice.firstChild.textContent = text;
  refresh();
}

export function clearNotice(key) {
  const notice = notices.get(key);
  if (!notice) return;
  notice.remove();
  notices.delete(key);
  refresh();
}
