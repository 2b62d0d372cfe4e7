// @vitest-environment node
// Our own code (lib/, components/, entrypoints/) runs no string as code, builds no HTML from
// strings, loads nothing from the network and makes no network request: the promises of
// PRIVACY.md and of Chrome's MV3 "no remotely hosted code" rule, checked on the sources. The
// built bundles, third-party code included, are checked after the build in
// tests/e2e/trust.e2e.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVAL_RULES,
  filesUnder,
  HTML_RULES,
  NETWORK_RULES,
  REMOTE_RULES,
  scan,
  show,
  withoutComments,
  withoutMarkupComments,
  type Rule,
} from '../helpers/code-scan';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['lib', 'components', 'entrypoints'];
const CODE = /\.(?:ts|tsx|js|jsx|mjs)$/;
const MARKUP = /\.(?:html|css)$/;

const code = () => DIRS.flatMap((d) => filesUnder(join(ROOT, d), CODE));
const markup = () => DIRS.flatMap((d) => filesUnder(join(ROOT, d), MARKUP));

async function findingsIn(rules: readonly Rule[]): Promise<string[]> {
  const found = await Promise.all(code().map(async (file) => scan(await withoutComments(readFileSync(file, 'utf8'), file), file, rules, ROOT)));
  const inMarkup = markup().map((file) => scan(withoutMarkupComments(readFileSync(file, 'utf8')), file, rules, ROOT));
  return [...found, ...inMarkup].flat().map(show);
}

describe('our sources', () => {
  it('are found: the scan looks at the extension, the analyzer and the UI', () => {
    const files = code().map((f) => f.slice(ROOT.length + 1));
    expect(files).toEqual(expect.arrayContaining(['lib/analyzer/index.ts', 'entrypoints/compose.content/index.tsx', 'entrypoints/background.ts', 'components/Sidebar.tsx']));
    expect(markup().map((f) => f.slice(ROOT.length + 1))).toEqual(expect.arrayContaining(['entrypoints/popup/index.html']));
  });

  it('run no string as code (eval, new Function, string timers)', async () => {
    expect(await findingsIn(EVAL_RULES)).toEqual([]);
  });

  it('build no HTML from strings (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write)', async () => {
    expect(await findingsIn(HTML_RULES)).toEqual([]);
  });

  it('load no code, style or markup from the network', async () => {
    expect(await findingsIn(REMOTE_RULES)).toEqual([]);
  });

  it('make no network request (fetch, XMLHttpRequest, sendBeacon, WebSocket, …)', async () => {
    expect(await findingsIn(NETWORK_RULES)).toEqual([]);
  });
});

describe('the scan itself', () => {
  // Without these, a scanner that finds nothing would pass every test above.
  it.each<[string, string, string]>([
    ['eval', 'const x = eval("1 + 1");', 'a.ts'],
    ['new Function', 'const f = new Function("a", "return a");', 'a.ts'],
    ['Function()', "const f = Function('return this')();", 'a.ts'],
    ['string timer', "setTimeout('alert(1)', 10);", 'a.ts'],
    ['innerHTML', 'el.innerHTML = html;', 'a.ts'],
    ['innerHTML', "el['innerHTML'] = html;", 'a.ts'],
    ['outerHTML', 'const s = el.outerHTML;', 'a.ts'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);", 'a.ts'],
    ['dangerouslySetInnerHTML', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: html }} />;', 'a.tsx'],
    ['document.write', "document.write('<p>');", 'a.ts'],
    ['remote import()', "await import('https://cdn.example.com/x.js');", 'a.ts'],
    ['remote src', 'export const A = () => <script src="https://cdn.example.com/x.js" />;', 'a.tsx'],
    ['fetch', "await fetch('/api');", 'a.ts'],
    ['sendBeacon', "navigator.sendBeacon('/log', data);", 'a.ts'],
  ])('finds %s in %j', async (rule, source, file) => {
    const rules = [...EVAL_RULES, ...HTML_RULES, ...REMOTE_RULES, ...NETWORK_RULES];
    const found = scan(await withoutComments(source, file), file, rules, '.');
    expect(found.map((f) => f.rule)).toContain(rule);
  });

  it.each<[string, string]>([
    ['a comment', '// never innerHTML or eval(x) here\n/* nor fetch(url) */\nexport const a = 1;'],
    ['a JSDoc comment', '/**\n * Built with createElement, never innerHTML.\n */\nexport function f() {}'],
    ['other words that contain the names', 'const evaluate = (x: number) => x; const prefetch = 1; const myFunction = (s: string) => s; myFunction("x"); export { evaluate, prefetch };'],
    ['a link to a source', "export const source = 'https://hbr.org/2018/05/how-to-get-the-help-you-need';"],
  ])('ignores %s', async (_, source) => {
    const rules = [...EVAL_RULES, ...HTML_RULES, ...REMOTE_RULES, ...NETWORK_RULES];
    expect(scan(await withoutComments(source, 'a.ts'), 'a.ts', rules, '.')).toEqual([]);
  });

  it('finds remote scripts and styles in HTML and CSS', () => {
    const html = '<!-- <script src="https://x.example/a.js"> in a comment is fine -->\n<script type="module" src="https://cdn.example.com/x.js"></script>';
    expect(scan(withoutMarkupComments(html), 'a.html', REMOTE_RULES, '.').map((f) => [f.line, f.rule])).toEqual([[2, 'remote src']]);
    const css = '/* @import url(https://x.example/a.css) */\n@import url("https://fonts.example.com/css");\n.a { background: url(//img.example.com/x.png); }';
    expect(scan(withoutMarkupComments(css), 'a.css', REMOTE_RULES, '.').map((f) => f.rule)).toEqual(['remote CSS', 'remote CSS']);
  });
});
