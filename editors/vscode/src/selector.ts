// Which documents the language client sends to the server. No `vscode` import: the filters
// are plain data (vscode-languageclient's DocumentFilter shape), unit-tested in plain Node.

export type DocumentFilterData =
  | { scheme: string; pattern: string; language?: undefined }
  | { scheme: string; language: string; pattern?: undefined };

/** The audit file name patterns from the product contract. */
export const AUDIT_PATTERNS: readonly string[] = ["**/*.audit.md", "**/*.audit.txt", "**/*.audit"];

/**
 * Saved audits (`file:`) and unsaved ones (`untitled:`, as made by "caselint: New audit"),
 * matched by name; with `allMarkdownAndText`, also every Markdown and plain-text document.
 */
export function documentSelector(allMarkdownAndText: boolean): DocumentFilterData[] {
  const filters: DocumentFilterData[] = [];
  for (const scheme of ["file", "untitled"]) {
    for (const pattern of AUDIT_PATTERNS) {
      filters.push({ scheme, pattern });
    }
  }
  if (allMarkdownAndText) {
    for (const scheme of ["file", "untitled"]) {
      for (const language of ["markdown", "plaintext"]) {
        filters.push({ scheme, language });
      }
    }
  }
  return filters;
}
