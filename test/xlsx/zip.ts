/** A minimal zip writer for tests: parts deflated (or stored), with the sizes they declare. */
import { crc32, deflateRawSync } from "node:zlib";

export interface Part {
  name: string;
  data: Buffer;
  stored?: boolean;
  /** The inflated size the zip's directory claims (default: the real one). */
  claimedSize?: number;
}

export function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const body = p.stored ? p.data : deflateRawSync(p.data);
    const size = p.claimedSize ?? p.data.length;
    const crc = crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.stored ? 0 : 8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A worksheet part with `rows` rows of `cols` numeric cells, as Excel writes them. */
export function sheetXml(rows: number, cols: number, prefix = ""): Buffer {
  const p = prefix === "" ? "" : `${prefix}:`;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${prefix === "" ? "" : `:${prefix}`}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}cols><${p}col min="1" max="3" width="12"/></${p}cols><${p}sheetData>`,
  ];
  for (let r = 1; r <= rows; r++) {
    out.push(`<${p}row r="${r}">`);
    for (let c = 0; c < cols; c++)
      out.push(
        c % 3 === 2
          ? `<${p}c r="${String.fromCharCode(65 + (c % 26))}${r}" s="1"/>`
          : `<${p}c r="${String.fromCharCode(65 + (c % 26))}${r}"><${p}v>${r * c}</${p}v></${p}c>`
      );
    out.push(`</${p}row>`);
  }
  out.push(
    `</${p}sheetData><${p}conditionalFormatting sqref="A1"><${p}cfRule type="expression" priority="1"/></${p}conditionalFormatting></${p}worksheet>`
  );
  return Buffer.from(out.join(""), "utf8");
}
