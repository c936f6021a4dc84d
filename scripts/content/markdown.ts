/**
 * Lesson Markdown → sanitised compact tree, split into sections at each `## ` heading.
 * Runs at build time only: no Markdown parser reaches the browser.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

import { LOCALES } from '../../src/content/locales.ts';
import type { RichNode } from '../../src/content/types.ts';
import { MAX_LESSON_DEPTH } from './read.ts';

export const BLOCKS = ['callout', 'reflection', 'content-note', 'indicators'] as const;

/** Tags (and their allowed properties) that may appear in a compiled lesson. */
const ALLOWED: Record<string, string[]> = {
  p: [],
  strong: [],
  em: [],
  ul: [],
  ol: ['start'],
  li: [],
  h3: [],
  h4: [],
  blockquote: [],
  br: [],
  code: [],
  aside: ['kind'],
  cite: ['n', 'source'],
  span: ['lang', 'term'],
};

export interface LessonParseResult {
  sections: { heading: string; body: RichNode[] }[];
  citations: string[];
  /** Indicator ids the lesson's `:::indicators` checklists name, in order: what it teaches. */
  indicators: string[];
  /** Glossary ids the lesson marks with `:term[…]{id=…}`, in order of first use. */
  terms: string[];
  words: number;
  problems: string[];
}

interface DirectiveNode {
  type: 'containerDirective' | 'leafDirective' | 'textDirective';
  name: string;
  children: RootContent[];
  attributes?: Record<string, string | null | undefined> | null;
  data?: { hName?: string; hProperties?: Record<string, string> };
}

function plainText(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(plainText).join('');
}

export interface LessonParseOptions {
  /** An indicator in the lesson's language; undefined for an id not in the taxonomy. */
  indicator?: (id: string) => { name: string; description: string } | undefined;
}

/**
 * An `:::indicators` checklist holds a list of indicator ids only; each item becomes the
 * indicator's name and description in the lesson's language, so the languages cannot drift apart.
 */
function indicatorChecklist(d: DirectiveNode, problems: string[], found: string[], options: LessonParseOptions) {
  const list = d.children.filter((c) => c.type === 'list');
  if (list.length !== 1 || d.children.length !== 1) {
    problems.push('an ":::indicators" block holds one list of indicator ids and nothing else');
    return;
  }
  for (const item of (list[0] as { children: { children: RootContent[] }[] }).children) {
    const id = plainText(item).trim();
    const indicator = options.indicator?.(id);
    if (indicator === undefined)
      problems.push(`":::indicators" names "${id}", which is not an indicator id in content/indicators.yaml`);
    else found.push(id);
    item.children = [
      {
        type: 'paragraph',
        children: indicator
          ? [
              { type: 'strong', children: [{ type: 'text', value: indicator.name }] },
              { type: 'text', value: ` — ${indicator.description}` },
            ]
          : [{ type: 'text', value: id }],
      },
    ];
  }
}

/** Turns directives into elements the sanitiser allows, and records problems. */
function directives(
  problems: string[],
  citations: string[],
  indicators: string[],
  terms: string[],
  options: LessonParseOptions,
) {
  return () => (tree: MdastRoot) => {
    const visit = (node: { type: string; children?: unknown[] }, parent?: { children: unknown[] }) => {
      if (node.type === 'html') problems.push('raw HTML is not allowed in lessons');
      if (node.type === 'image') problems.push('images are not supported in lessons yet');
      // Reference links and their definitions too: a definition renders as nothing, so an
      // unsafe address in one would pass unseen.
      if (node.type === 'link' || node.type === 'linkReference')
        problems.push('links are not allowed in lessons (cite a source instead)');
      if (node.type === 'definition')
        problems.push('link definitions ("[1]: address") are not allowed in lessons (cite a source instead)');
      if (node.type === 'imageReference') problems.push('images are not supported in lessons yet');
      if (node.type === 'heading' && (node as unknown as { depth: number }).depth === 1)
        problems.push('use "## " for section headings; the lesson title comes from module.yaml');
      if (node.type === 'containerDirective' || node.type === 'leafDirective') {
        const d = node as unknown as DirectiveNode;
        if (!(BLOCKS as readonly string[]).includes(d.name))
          problems.push(`unknown block ":::${d.name}" (use one of ${BLOCKS.join(', ')})`);
        if (d.name === 'indicators') indicatorChecklist(d, problems, indicators, options);
        d.data = { hName: 'aside', hProperties: { dataKind: d.name } };
      }
      if (node.type === 'textDirective' && parent) {
        const d = node as unknown as DirectiveNode;
        if (d.name === 'cite') {
          const id = plainText(d).trim();
          if (!citations.includes(id)) citations.push(id);
          d.children = [];
          d.data = {
            hName: 'cite',
            hProperties: { dataN: String(citations.indexOf(id) + 1), dataSource: id },
          };
        } else if (d.name === 'term') {
          // A glossary term: its words stay as written; the id names the glossary entry.
          const id = d.attributes?.id?.trim() ?? '';
          if (!id) problems.push(`":term[${plainText(d)}]" needs the glossary id: :term[${plainText(d)}]{id=glossary-id}`);
          else if (!terms.includes(id)) terms.push(id);
          d.data = { hName: 'span', hProperties: { dataTerm: id } };
        } else if ((LOCALES as readonly string[]).includes(d.name)) {
          // A phrase in another language (an official title): screen readers switch pronunciation.
          d.data = { hName: 'span', hProperties: { lang: d.name } };
        } else {
          // Not ours: "word:word" in prose. Put the text back as it was written.
          const index = parent.children.indexOf(node);
          parent.children[index] = { type: 'text', value: `:${d.name}${plainText(d) ? `[${plainText(d)}]` : ''}` };
        }
      }
      for (const child of [...(node.children ?? [])]) visit(child as { type: string }, node as { children: unknown[] });
    };
    visit(tree);
  };
}

const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...Object.keys(ALLOWED), 'h2'],
  attributes: {
    aside: ['dataKind'],
    cite: ['dataN', 'dataSource'],
    ol: ['start'],
    span: ['lang', 'dataTerm'],
  },
  clobberPrefix: '',
};

function compact(node: ElementContent): RichNode | null {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  const props: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    const name = key.replace(/^data/, '').toLowerCase();
    if (ALLOWED[node.tagName]?.includes(name) && value != null) props[name] = String(value);
  }
  const children: RichNode[] = [];
  for (const child of node.children.map(compact)) {
    if (child === null) continue;
    const last = children.at(-1);
    // Directive handling can split one run of text in two; join it back.
    if (typeof child === 'string' && typeof last === 'string') children[children.length - 1] = last + child;
    else children.push(child);
  }
  return [node.tagName, Object.keys(props).length ? props : null, ...children];
}

/** Drops the whitespace-only text nodes between blocks, which React does not need. */
function trimBlocks(nodes: RichNode[]): RichNode[] {
  return nodes.filter((n) => typeof n !== 'string' || n.trim() !== '');
}

/**
 * How deeply the lines of a lesson nest quotes and lists, read from the text before parsing: a
 * lesson nested hundreds of levels deep would cost the parser minutes, then overflow.
 */
export function lessonNesting(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    const prefix = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/.exec(line)?.[0] ?? '';
    const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = prefix.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length;
    deepest = Math.max(deepest, markers + Math.floor(indent / 4));
  }
  return deepest;
}

/** Depth of a parsed tree, walked without recursion. */
function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [{ children?: unknown[] }, number];
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

const tooDeep = (depth: number): LessonParseResult => ({
  sections: [],
  citations: [],
  indicators: [],
  terms: [],
  words: 0,
  problems: [`is nested ${depth} levels deep (quotes, lists, emphasis); at most ${MAX_LESSON_DEPTH} are allowed`],
});

export async function parseLesson(
  markdown: string,
  options: LessonParseOptions = {},
): Promise<LessonParseResult> {
  const nesting = lessonNesting(markdown);
  if (nesting > MAX_LESSON_DEPTH) return tooDeep(nesting);
  const problems: string[] = [];
  const citations: string[] = [];
  const indicators: string[] = [];
  const terms: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(directives(problems, citations, indicators, terms, options))
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema);
  const mdast = processor.parse(markdown);
  // Inline nesting (emphasis in emphasis…) is only visible once parsed.
  const depth = treeDepth(mdast);
  if (depth > MAX_LESSON_DEPTH + 4) return tooDeep(depth);
  const hast = (await processor.run(mdast)) as HastRoot;

  const sections: LessonParseResult['sections'] = [];
  for (const child of hast.children) {
    if (child.type === 'element' && child.tagName === 'h2') {
      sections.push({ heading: plainText(child).trim(), body: [] });
      continue;
    }
    if (child.type === 'text' && child.value.trim() === '') continue;
    const current = sections.at(-1);
    if (!current) {
      problems.push('the lesson must start with a "## " section heading');
      continue;
    }
    const node = compact(child as Element);
    if (node !== null) current.body.push(node);
  }
  for (const s of sections) {
    s.body = trimBlocks(s.body).map(function tidy(n): RichNode {
      if (typeof n === 'string') return n;
      const [tag, props, ...kids] = n;
      return [tag, props, ...(['p', 'li', 'em', 'strong', 'cite', 'span'].includes(tag) ? kids : trimBlocks(kids)).map(tidy)];
    });
  }
  // A checklist's ids are not prose: they do not count towards the lesson's words.
  const words = markdown
    .replace(/^:::indicators\n[\s\S]*?^:::$/gm, ' ')
    .replace(/:::[a-z-]*|:cite\[[^\]]*\]|\{id=[^}]*\}|[#>*_]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { sections, citations, indicators, terms, words, problems: [...new Set(problems)] };
}
