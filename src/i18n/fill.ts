/**
 * Fills `{name}` placeholders in a UI string; unknown names stay as they are.
 * Browser-safe: the search script uses it on strings the page hands over.
 * @example fill('Press releases from {year}', { year: 2023 }) // 'Press releases from 2023'
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
