/**
 * The share button (the system's share sheet, where the browser has one) and the print button:
 * both need JavaScript, so both stay hidden without it. Printing works from the browser's menu too.
 */

/** Reveals the share and print buttons that this browser can serve. */
export function enableShareAndPrint(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  if (typeof navigator.share !== 'function') return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
    const data = {
      title: button.dataset['title'] ?? document.title,
      url: button.dataset['url'] ?? location.href,
    };
    button.hidden = false;
    // Cancelling the share sheet rejects; there is nothing to tell the reader then.
    button.addEventListener('click', () => navigator.share(data).catch(() => undefined));
  }
}
