import ReactMarkdown, { type Components } from 'react-markdown';

// Text people typed, shown as Markdown. Raw HTML in it is never rendered
// (skipHtml; no rehype-raw), and react-markdown's default urlTransform
// drops unsafe URLs such as javascript: ones. Links open in a new tab.
const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span>{alt ?? ''}</span>,
};

/** Markdown renders text as safe Markdown: no raw HTML, no script URLs, no images. */
export function Markdown({ children, size = 'sm' }: { children: string | null | undefined; size?: 'sm' | 'md' }) {
  if (!children) return null;
  return (
    <div className={`prose markdown markdown-${size}`}>
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
