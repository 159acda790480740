/** Reading CSV output back in tests. */

/** A minimal RFC 4180 reader, to read the output back. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) (row.push(field), (field = ""));
    else if (ch === "\r" && text[i + 1] === "\n") {
      (row.push(field), rows.push(row), (row = []), (field = ""), i++);
    } else field += ch;
  }
  return rows;
}
