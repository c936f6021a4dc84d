import type { Paragraphs as ParagraphList } from '@/content/types';

/** Course text as paragraphs; the content compiler has already split it at blank lines. */
export function Paragraphs({ text, className }: { text: ParagraphList; className?: string }) {
  return (
    <>
      {text.map((p, i) => (
        <p key={i} className={className}>
          {p}
        </p>
      ))}
    </>
  );
}
