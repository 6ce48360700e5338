// @ts-check

/**
 * A problem in an exchange document, reported with the file and 1-based line
 * so whoever updates the document can fix it; the CLI prints it without a stack.
 */
export class CatalogSourceError extends Error {
  /**
   * @param {string} file
   * @param {number} line 1-based line number in `file`
   * @param {string} problem what is wrong, in words
   */
  constructor(file, line, problem) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'CatalogSourceError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/**
 * Removes markdown backslash escapes (`\_` → `_`, `\*` → `*`) and nothing else:
 * backticks and quotes stay, because they are part of the text the server sends.
 * @param {string} text
 * @returns {string}
 */
export function unescapeMarkdown(text) {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/g, '$1');
}
