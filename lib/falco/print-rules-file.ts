import { CST } from 'yaml';
import type { TParsedRulesFile } from './types.ts';

/** Options of `printRulesFile`. */
export interface TPrintRulesFileOptions {
  /**
   * Indexes of documents edited through the yaml Document API (`documents[i].setIn(…)`): those
   * are re-printed by yaml (comments kept, layout normalised); every other document is printed
   * from the CST.
   */
  editedDocuments?: ReadonlySet<number>;
}

/**
 * Prints a parsed rules file. Untouched documents come back byte for byte from the CST; edits
 * made to the CST (e.g. with `CST.setScalarValue`) appear with everything around them unchanged.
 * Pure.
 */
export function printRulesFile(
  parsed: Pick<TParsedRulesFile, 'tokens' | 'documents'> &
    Partial<Pick<TParsedRulesFile, 'text' | 'cstTextAtParse'>>,
  options: TPrintRulesFileOptions = {},
): string {
  let documentIndex = -1;
  const printed = parsed.tokens
    .map((token) => {
      if (token.type !== 'document') return CST.stringify(token);
      documentIndex++;
      const document = parsed.documents[documentIndex];
      if (!document || !options.editedDocuments?.has(documentIndex)) return CST.stringify(token);
      return document.toString();
    })
    .join('');
  // Files with syntax errors: yaml's CST printer is not exact, so an unedited CST means the text.
  return parsed.cstTextAtParse !== undefined && printed === parsed.cstTextAtParse
    ? (parsed.text ?? printed)
    : printed;
}
