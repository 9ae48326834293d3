/**
 * "Copy with attribution" and "copy link": reveals the copy buttons and puts the citation (or the
 * page's address) on the clipboard. Where the clipboard works, the citation text is what the
 * button copies, not something to read: its `<details>` is hidden. Without JavaScript, or without
 * a clipboard (plain http), the buttons stay hidden and the closed `<details>` holds the citation.
 */

/** How long the "copied" message stays, so that a second copy is announced again. */
const MESSAGE_MS = 4000;

/** Reveals every copy button below `root` and makes it copy its text. */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    'button[data-copy], button[data-copy-text]',
  )) {
    const literal = button.dataset['copyText'];
    const source = literal === undefined ? document.getElementById(button.dataset['copy'] ?? '') : null;
    const status = button.parentElement?.querySelector('[role="status"]');
    if ((literal === undefined && !source) || !status) continue;
    const details = source?.closest('details');
    button.hidden = false;
    if (details) details.hidden = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      // Source formatting may wrap the text; no-break spaces (French) are kept.
      const text = literal ?? (source?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
      let ok = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
        // The reader can still select the citation by hand.
        if (details) {
          details.hidden = false;
          details.open = true;
        }
      }
      status.textContent = (ok ? button.dataset['copied'] : button.dataset['failed']) ?? '';
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), MESSAGE_MS);
    });
  }
}
