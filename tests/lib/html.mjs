// Markup checks that need no validator, for a page's HTML as the server
// sent it: every id is used once, and every id an attribute names (a
// label's for, aria-describedby, aria-labelledby, aria-controls, a link to
// "#id") is on the page; no such attribute is empty. The content of a
// <template> is a document of its own (a script copies it): left out.
export function idProblems(html) {
  const page = html.replace(/<template\b[^>]*>[^]*?<\/template>/g, '');
  const ids = new Map();
  for (const [, id] of page.matchAll(/\sid="([^"]*)"/g)) ids.set(id, (ids.get(id) ?? 0) + 1);
  const problems = [];
  for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" is used ${n} times`);
  for (const [, attr, value] of page.matchAll(/\s(for|aria-describedby|aria-labelledby|aria-controls)="([^"]*)"/g)) {
    const refs = value.split(/\s+/).filter(Boolean);
    if (!refs.length) problems.push(`${attr}="${value}" names nothing`);
    for (const ref of refs) if (!ids.has(ref)) problems.push(`${attr}="${value}": there is no id "${ref}"`);
  }
  for (const [, ref] of page.matchAll(/\shref="#([^"]+)"/g)) {
    if (!ids.has(ref)) problems.push(`a link to #${ref}: there is no such id`);
  }
  return problems;
}
