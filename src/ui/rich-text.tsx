/**
 * Renders the compiled, sanitised lesson tree. Only the tags listed here become elements; anything
 * else is rendered as its text, so content can never inject markup.
 */
import { createElement, type ReactNode } from 'react';

import type { RichNode } from '@/content/types';

import { sourceAnchor } from './source-list';
import { TermTip } from './term-tip';

import './blocks.css';

const PLAIN = new Set([
  'p',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'blockquote',
  'br',
  'code',
]);

export interface RichTextLabels {
  /** Visible label of each aside kind: callout, reflection, content-note. */
  aside: (kind: string) => string;
  /** Accessible text of a citation marker, e.g. "source 2". */
  citation: (n: string) => string;
  /** A marked glossary term: its meaning and its entry's address (undefined: shown as plain text). */
  term: (id: string) => { meaning: string; href: string } | undefined;
  /** Accessible name of the button that shows a term's meaning, given the term as written. */
  termToggle: (text: string) => string;
}

/** The words of a tree, for a label. */
const textOf = (node: RichNode): string =>
  typeof node === 'string'
    ? node
    : node
        .slice(2)
        .map((c) => textOf(c as RichNode))
        .join('');

function render(node: RichNode, key: number, labels: RichTextLabels): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const kids = children.map((c, i) => render(c, i, labels));
  if (PLAIN.has(tag)) {
    const start = tag === 'ol' && props?.start ? { start: Number(props.start) } : {};
    return createElement(tag, { key, ...start }, ...kids);
  }
  if (tag === 'aside') {
    const kind = props?.kind ?? 'callout';
    return (
      // role="note", not <aside>: several callouts in one lesson must not be look-alike landmarks.
      <div key={key} className={`block block-${kind}`} role="note" aria-label={labels.aside(kind)}>
        <p className="block-label" aria-hidden="true">
          {labels.aside(kind)}
        </p>
        {kids}
      </div>
    );
  }
  if (tag === 'cite') {
    const n = props?.n ?? '';
    const target = sourceAnchor(props?.source ?? '');
    return (
      <sup key={key} className="citation">
        {/* With hash routing "#source-…" would be read as a route, so the link moves focus itself. */}
        <a href={`#${target}`} onClick={(e) => goToSource(e, target)}>
          <span aria-hidden="true">[{n}]</span>
          <span className="visually-hidden">{labels.citation(n)}</span>
        </a>
      </sup>
    );
  }
  if (tag === 'span' && props?.term) {
    const term = labels.term(props.term);
    if (term)
      return (
        <TermTip
          key={key}
          meaning={term.meaning}
          href={term.href}
          toggleLabel={labels.termToggle(children.map(textOf).join(''))}
        >
          {kids}
        </TermTip>
      );
  }
  if (tag === 'span' && props?.lang) {
    return (
      <span key={key} lang={props.lang}>
        {kids}
      </span>
    );
  }
  return <span key={key}>{kids}</span>;
}

function goToSource(event: React.MouseEvent, id: string) {
  const entry = document.getElementById(id);
  if (!entry) return;
  event.preventDefault();
  entry.focus();
  entry.scrollIntoView({ block: 'center' });
}

export function RichText({
  nodes,
  labels,
}: {
  nodes: readonly RichNode[];
  labels: RichTextLabels;
}) {
  return <>{nodes.map((n, i) => render(n, i, labels))}</>;
}
