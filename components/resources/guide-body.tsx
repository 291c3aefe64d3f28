import Markdown, { type Components } from "react-markdown";
import { remarkGuide } from "@/lib/resources/markdown";
import styles from "@/components/resources/guide-body.module.css";

// Bootstrap classes for what Markdown produces. Raw HTML in a guide is not
// rendered (react-markdown's default), and link URLs are sanitised by it.
const COMPONENTS: Components = {
  h2: ({ node: _node, ...props }) => <h2 className="h4 mt-5 mb-3" {...props} />,
  h3: ({ node: _node, ...props }) => <h3 className="h5 mt-4 mb-2" {...props} />,
  h4: ({ node: _node, ...props }) => <h4 className="h6 mt-3 mb-2" {...props} />,
  table: ({ node: _node, ...props }) => (
    <div className="table-responsive mb-3">
      <table className="table table-sm table-bordered mb-0" {...props} />
    </div>
  ),
  thead: ({ node: _node, ...props }) => <thead className="table-light" {...props} />,
  // A long line of code scrolls inside its block, which takes keyboard focus so it can.
  pre: ({ node: _node, ...props }) => <pre className="bg-body-tertiary border rounded p-3 small" tabIndex={0} {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="border-start border-4 ps-3 text-body-secondary" {...props} />,
  // Checklist items are for the reader to work through and are not saved, so
  // the box is a drawing, not a form control; the list sits under its heading.
  input: ({ checked }) => (
    <span className={styles.box} aria-hidden="true">
      {checked ? "✓" : ""}
    </span>
  ),
};

export function GuideBody({ markdown }: { markdown: string }) {
  return (
    <div className={styles.body}>
      <Markdown remarkPlugins={[remarkGuide]} components={COMPONENTS}>
        {markdown}
      </Markdown>
    </div>
  );
}
