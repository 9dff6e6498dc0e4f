/** "2026-11" → "核实于 2026年11月": the month a note's claims were last checked against its sources. */
export function checkedLabel(checked: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(checked);
  return match ? `核实于 ${match[1]}年${Number(match[2])}月` : "";
}
