import { Fragment } from 'react';
import { parseLegalText, type Inline } from '../legal-text';

function InlineContent({ content }: { content: readonly Inline[] }) {
  return content.map((part, index) => {
    switch (part.kind) {
      case 'strong':
        return <strong key={index}>{part.text}</strong>;
      case 'code':
        return <code key={index}>{part.text}</code>;
      case 'link':
        return (
          <a key={index} href={part.href}>
            {part.text}
          </a>
        );
      default:
        return <Fragment key={index}>{part.text}</Fragment>;
    }
  });
}

/** A legal page's text as React elements: no HTML from the text ever reaches the page. */
export function LegalText({ source, lang }: { source: string; lang?: string }) {
  return (
    <div className="legal-text" lang={lang}>
      {parseLegalText(source).map((block, index) => {
        if (block.kind === 'heading') {
          const Heading = block.level === 2 ? 'h2' : 'h3';
          return (
            <Heading key={index}>
              <InlineContent content={block.content} />
            </Heading>
          );
        }
        if (block.kind === 'list') {
          return (
            <ul key={index}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <InlineContent content={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                <InlineContent content={line} />
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
