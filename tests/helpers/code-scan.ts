// The "no remote code, no eval, no HTML from strings" rules, shared by the source scan
// (tests/build/no-eval.test.ts) and the scan of the built extension (tests/e2e/trust.e2e.ts).
// Chrome Web Store policy forbids remotely hosted code in MV3 extensions, and Gmail enforces
// Trusted Types, so HTML parsed from strings is both a policy problem and a page breaker.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformWithEsbuild } from 'vite';

export interface Rule {
  id: string;
  why: string;
  pattern: RegExp;
}

/** Code that runs a string as code. */
export const EVAL_RULES: readonly Rule[] = [
  { id: 'eval', why: 'runs a string as code', pattern: /(?<![\w$.])eval\s*\(/ },
  { id: 'new Function', why: 'compiles a string into a function', pattern: /\bnew\s+Function\s*\(/ },
  { id: 'Function()', why: 'compiles a string into a function', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { id: 'string timer', why: 'setTimeout/setInterval with a string runs it as code', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

/** HTML built from strings: breaks on Trusted Types pages (Gmail) and invites injection. */
export const HTML_RULES: readonly Rule[] = [
  { id: 'innerHTML', why: 'parses a string as HTML', pattern: /\binnerHTML\b/ },
  { id: 'outerHTML', why: 'parses a string as HTML', pattern: /\bouterHTML\b/ },
  { id: 'insertAdjacentHTML', why: 'parses a string as HTML', pattern: /\binsertAdjacentHTML\b/ },
  { id: 'dangerouslySetInnerHTML', why: 'Preact sets innerHTML from it', pattern: /\bdangerouslySetInnerHTML\b/ },
  { id: 'document.write', why: 'writes a string into the document as HTML', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { id: 'createContextualFragment', why: 'parses a string as HTML', pattern: /\bcreateContextualFragment\b/ },
  { id: 'setHTMLUnsafe', why: 'parses a string as HTML', pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { id: 'srcdoc', why: 'a frame document from a string', pattern: /\bsrcdoc\b/ },
];

/** Code or markup loaded from the network. */
export const REMOTE_RULES: readonly Rule[] = [
  { id: 'remote import()', why: 'loads code from the network', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\// },
  { id: 'remote static import', why: 'loads code from the network', pattern: /\bfrom\s*["'`](?:https?:)?\/\// },
  { id: 'importScripts', why: 'loads worker code at run time', pattern: /\bimportScripts\s*\(/ },
  { id: 'remote src', why: 'a script, frame or image from the network', pattern: /\bsrc\s*[=:]\s*\{?\s*["'`](?:https?:)?\/\// },
  { id: 'remote CSS', why: 'a stylesheet, font or image from the network', pattern: /(?:@import\s+|url\(\s*)["']?(?:https?:)?\/\//i },
];

/** Network APIs: Askwell sends nothing anywhere (PRIVACY.md). */
export const NETWORK_RULES: readonly Rule[] = [
  { id: 'fetch', why: 'a network request', pattern: /(?<![\w$.])fetch\s*\(/ },
  { id: 'XMLHttpRequest', why: 'a network request', pattern: /\bXMLHttpRequest\b/ },
  { id: 'sendBeacon', why: 'a network request', pattern: /\bsendBeacon\b/ },
  { id: 'WebSocket', why: 'a network connection', pattern: /\bWebSocket\b/ },
  { id: 'EventSource', why: 'a network connection', pattern: /\bEventSource\b/ },
  { id: 'WebTransport', why: 'a network connection', pattern: /\bWebTransport\b/ },
  { id: 'RTCPeerConnection', why: 'a network connection', pattern: /\bRTCPeerConnection\b/ },
];

export interface Finding {
  file: string;
  line: number;
  rule: string;
  excerpt: string;
}

/** Every file under `dir` (recursively) whose name matches `include`. */
export function filesUnder(dir: string, include: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, include);
    return include.test(name) ? [path] : [];
  });
}

/**
 * JavaScript or TypeScript without its comments, so a comment that names a rule ("never
 * innerHTML") does not count. esbuild drops every comment when it transforms (legal comments
 * too, with `legalComments: 'none'`); JSX is kept as written.
 */
export async function withoutComments(code: string, filename: string): Promise<string> {
  const loader = /\.tsx$/.test(filename) ? 'tsx' : /\.ts$/.test(filename) ? 'ts' : /\.jsx$/.test(filename) ? 'jsx' : 'js';
  const result = await transformWithEsbuild(code, filename, { loader, jsx: 'preserve', legalComments: 'none', target: 'esnext' });
  return result.code;
}

/** HTML or CSS without its comments. */
export function withoutMarkupComments(code: string): string {
  return code.replace(/<!--[\s\S]*?-->/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * Every match of `rules` in `code`, with `root`-relative file names. Every match, not one per
 * line: a minified bundle is a few very long lines.
 */
export function scan(code: string, file: string, rules: readonly Rule[], root: string): Finding[] {
  const findings: Finding[] = [];
  code.split('\n').forEach((text, i) => {
    for (const rule of rules) {
      for (const m of text.matchAll(new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`))) {
        const from = Math.max(0, m.index - 40);
        findings.push({ file: relative(root, file), line: i + 1, rule: rule.id, excerpt: text.slice(from, m.index + m[0].length + 40) });
      }
    }
  });
  return findings;
}

export const show = (f: Finding) => `${f.file}:${f.line} ${f.rule}: …${f.excerpt}…`;
