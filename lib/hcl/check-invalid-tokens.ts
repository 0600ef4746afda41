import type { TokenStream } from './lex-hcl.ts';
import type { RawDiagnostic } from './parser-state.ts';
import { T } from './token-kind.ts';

/**
 * Reports tokens that are never valid HCL (hclsyntax `checkInvalidTokens`): bitwise operators,
 * backticks, single quotes, semicolons, newlines in quoted strings, stray characters. HCL lists
 * these before any parse error. Never throws.
 */
export function checkInvalidTokens(tokens: TokenStream): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  let toldBitwise = 0;
  let toldBacktick = 0;
  let toldApostrophe = 0;
  let toldSemicolon = 0;
  const { kinds, starts, ends, text, count } = tokens;
  for (let i = 0; i < count; i++) {
    const k = kinds[i] as number;
    if (k < T.BitAnd) continue;
    const start = starts[i] as number;
    const end = ends[i] as number;
    const add = (summary: string, detail: string): void => {
      out.push({ code: 'invalid-character', summary, detail, start, end });
    };
    switch (k) {
      case T.BitAnd:
      case T.BitOr:
      case T.BitXor:
      case T.BitNot:
        if (toldBitwise < 4) {
          const suggestion =
            k === T.BitAnd
              ? ' Did you mean boolean AND ("&&")?'
              : k === T.BitOr
                ? ' Did you mean boolean OR ("||")?'
                : k === T.BitNot
                  ? ' Did you mean boolean NOT ("!")?'
                  : '';
          out.push({
            code: 'unsupported-operator',
            summary: 'Unsupported operator',
            detail: `Bitwise operators are not supported.${suggestion}`,
            start,
            end,
          });
          toldBitwise++;
        }
        break;
      case T.Backtick:
        if (toldBacktick % 2 === 0)
          add(
            'Invalid character',
            'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".',
          );
        if (toldBacktick <= 2) toldBacktick++;
        break;
      case T.Apostrophe:
        if (toldApostrophe % 2 === 0)
          add(
            'Invalid character',
            'Single quotes are not valid. Use double quotes (") to enclose strings.',
          );
        if (toldApostrophe <= 2) toldApostrophe++;
        break;
      case T.Semicolon:
        if (toldSemicolon < 1) {
          add(
            'Invalid character',
            'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
          );
          toldSemicolon++;
        }
        break;
      case T.QuotedNewline:
        out.push({
          code: 'invalid-multi-line-string',
          summary: 'Invalid multi-line string',
          detail:
            'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
          start,
          end,
        });
        break;
      case T.Invalid: {
        const chars = text.slice(start, end);
        if (chars === '\u201c' || chars === '\u201d') {
          add(
            'Invalid character',
            '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
          );
        } else add('Invalid character', 'This character is not used within the language.');
        break;
      }
      default:
        break;
    }
  }
  return out;
}
