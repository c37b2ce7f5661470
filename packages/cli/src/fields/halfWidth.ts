/**
 * Folds full-width forms (１２３，．／：) to ASCII and the ideographic space
 * to a plain one: Chinese input methods produce both, and a spreadsheet keeps
 * whatever was typed.
 *
 * @since 0.1.0
 * @category fields
 */
export const halfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
