// A saved web page → text for the text importer: blocks as lines, each table row as a pipe row.
// parse5 parses real-world HTML the way browsers do (unclosed <td>, stray tags, entities).
import { parse } from 'parse5';

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; content?: Node };

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'select', 'button']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'center', 'form', 'hr', 'caption',
]);

const collapse = (s: string) => s.replace(/[ \t\r\n\f]+/g, ' ');

/** Text inside one table cell: blocks joined without breaks (a label broken over two lines is one label). */
function cellText(node: Node): string {
  if (node.nodeName === '#text') return collapse(node.value ?? '');
  if (node.tagName && SKIP.has(node.tagName)) return '';
  return (node.childNodes ?? []).map(cellText).join('');
}

function rowsOf(table: Node): Node[] {
  const rows: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.childNodes ?? []) {
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

const hasTable = (n: Node): boolean => (n.childNodes ?? []).some((c) => c.tagName === 'table' || hasTable(c));

/** A table a page uses to lay out the article (a cell holding a table or paragraphs of text) is no data table. */
function isLayoutTable(table: Node): boolean {
  return rowsOf(table).some((tr) => (tr.childNodes ?? []).some((c) => (c.tagName === 'td' || c.tagName === 'th') && (hasTable(c) || cellText(c).length > 300)));
}

function walk(node: Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out[out.length - 1] += collapse(node.value ?? '');
    return;
  }
  const tag = node.tagName;
  if (tag && SKIP.has(tag)) return;
  if (tag === 'br') {
    out.push('');
    return;
  }
  if (tag === 'table' && !isLayoutTable(node)) {
    out.push('');
    for (const tr of rowsOf(node)) {
      const cells = (tr.childNodes ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th');
      out.push(`| ${cells.map((c) => cellText(c).trim().replace(/\|/g, '｜')).join(' | ')} |`);
    }
    out.push('');
    return;
  }
  const block = tag !== undefined && BLOCK.has(tag);
  if (block) out.push('');
  for (const child of node.childNodes ?? []) walk(child, out);
  if (node.content) walk(node.content, out);
  if (block) out.push('');
}

/** Browsers stop nesting at 512 levels; a page deeper than that is no saved report (and the walk recurses). */
export const MAX_HTML_DEPTH = 512;

/** Checks the depth without recursion; finds the first <title> on the way. */
function inspect(doc: Node): { depth: number; title: Node | null } {
  let depth = 0;
  let title: Node | null = null;
  const stack: [Node, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    depth = Math.max(depth, d);
    if (node.tagName === 'title' && !title) title = node;
    if (node.content) stack.push([node.content, d + 1]);
    // In reverse, so nodes come off the stack in document order.
    for (const child of [...(node.childNodes ?? [])].reverse()) stack.push([child, d + 1]);
  }
  return { depth, title };
}

export function htmlToText(html: string): string {
  const doc = parse(html) as unknown as Node;
  const { depth, title: titleNode } = inspect(doc);
  if (depth > MAX_HTML_DEPTH) throw new Error(`网页的标签嵌套超过${MAX_HTML_DEPTH}层，不像保存的报告页面，无法读取`);
  const out: string[] = [''];
  walk(doc, out);
  // From the parsed tree: a pattern over the raw text would rescan it for every unclosed <title>.
  const title = titleNode ? (titleNode.childNodes ?? []).map((c) => c.value ?? '').join('') : undefined;
  const lines = out.map((l) => l.trim()).filter((l, i, all) => l || (i > 0 && all[i - 1]));
  return [title ? collapse(title).trim() : '', ...lines].join('\n');
}
