/**
 * Names of a reporting body with and without the regions above it: 淮安市洪泽区人民政府 is also
 * 洪泽区人民政府; 江苏省淮安市人民政府 is also 淮安市人民政府 (but never 人民政府 alone).
 */

/** The name, then the name without its first leading region (…省, …市, …自治区), and so on. */
export function regionForms(name: string): string[] {
  const forms = [name];
  let rest = name;
  for (;;) {
    const match = /^[^省市]{1,7}?(?:自治区|省|市)/.exec(rest);
    // What is left must still name a body of its own: 淮安市人民政府 keeps its 淮安市.
    if (!match || /^(?:人民政府|政府)?$/.test(rest.slice(match[0].length))) return forms;
    rest = rest.slice(match[0].length);
    forms.push(rest);
  }
}

/** Whether two names are the same body: equal, or equal once leading regions are dropped from one. */
export function sameAgency(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return regionForms(x).includes(y) || regionForms(y).includes(x);
}
