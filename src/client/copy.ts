/**
 * "Copy with attribution": reveals the copy buttons under key figures and quotes and puts the
 * visible citation text on the clipboard. Without JavaScript, or without a clipboard (plain
 * http), the buttons stay hidden and the citation remains selectable text.
 */

/** How long the "copied" message stays, so that a second copy is announced again. */
const MESSAGE_MS = 4000;

export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.parentElement?.querySelector('[role="status"]');
    if (!source || !status) continue;
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      // Source formatting may wrap the text; no-break spaces (French) are kept.
      const text = (source.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
      let ok = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      status.textContent = (ok ? button.dataset['copied'] : button.dataset['failed']) ?? '';
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), MESSAGE_MS);
    });
  }
}
