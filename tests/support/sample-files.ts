import { deflateSync } from "node:zlib";

/**
 * Tiny but real files of every type Leadwell accepts as an attachment (and a few it refuses),
 * built in code so each test shows what its bytes are. Shared by the integration tests and e2e.
 */

const ascii = (text: string) => Buffer.from(text, "latin1");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE), as zip and PNG use it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `entries` in order, stored without compression. */
export function zip(entries: Array<[name: string, content: string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([ascii(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 PNG of one RGBA colour. */
export function png(rgba: [number, number, number, number] = [37, 99, 235, 255]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.from([0, ...rgba]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A one-page PDF that says `text`. */
export function pdf(text = "Quote 42"): Buffer {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}.main+xml"/></Types>`;

/** An Office Open XML package (docx, xlsx, pptx) reduced to what identifies it. */
function officeOpenXml(mime: string, part: string): Buffer {
  return zip([
    ["[Content_Types].xml", contentTypes(mime)],
    [part, `<?xml version="1.0" encoding="UTF-8"?><root/>`],
  ]);
}

/** An OpenDocument package: its first entry, `mimetype`, names the type. */
function openDocument(mime: string): Buffer {
  return zip([
    ["mimetype", mime],
    ["content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`],
  ]);
}

/** An ISO-BMFF file header with the given major brand (HEIC photos start like this). */
function isoBmff(brand: string): Buffer {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  ascii(`ftyp${brand}`).copy(box, 4);
  ascii(`\0\0\0\0mif1${brand}`).copy(box, 12);
  return box;
}

/** A Windows executable's first bytes (DOS header "MZ" and the PE offset). */
export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(256);
  ascii("MZ").copy(bytes, 0);
  bytes.writeUInt32LE(0x80, 0x3c);
  ascii("PE\0\0").copy(bytes, 0x80);
  return bytes;
}

/** One sample per accepted type: the name to upload it under and the content type it must get. */
export const ACCEPTED_SAMPLES: Array<{ name: string; bytes: Buffer; contentType: string }> = [
  { name: "quote.pdf", bytes: pdf(), contentType: "application/pdf" },
  { name: "logo.png", bytes: png(), contentType: "image/png" },
  {
    name: "shopfront.JPG",
    bytes: Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex"),
    contentType: "image/jpeg",
  },
  { name: "pixel.gif", bytes: Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"), contentType: "image/gif" },
  { name: "pixel.webp", bytes: Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64"), contentType: "image/webp" },
  { name: "site-visit.heic", bytes: isoBmff("heic"), contentType: "image/heic" },
  {
    name: "contract.docx",
    bytes: officeOpenXml("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml"),
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  {
    name: "prices.xlsx",
    bytes: officeOpenXml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml"),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  {
    name: "pitch.pptx",
    bytes: officeOpenXml("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml"),
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  { name: "brief.odt", bytes: openDocument("application/vnd.oasis.opendocument.text"), contentType: "application/vnd.oasis.opendocument.text" },
  { name: "budget.ods", bytes: openDocument("application/vnd.oasis.opendocument.spreadsheet"), contentType: "application/vnd.oasis.opendocument.spreadsheet" },
  { name: "deck.odp", bytes: openDocument("application/vnd.oasis.opendocument.presentation"), contentType: "application/vnd.oasis.opendocument.presentation" },
  { name: "notes.txt", bytes: Buffer.from("Call back after 3 pm — ask for Σοφία.\n", "utf8"), contentType: "text/plain" },
  { name: "price-list.csv", bytes: Buffer.from("item,price\nLogo,120\nWebsite,900\n", "utf8"), contentType: "text/csv" },
  { name: "meeting.md", bytes: Buffer.from("# Meeting\n\n- wants a new menu page\n", "utf8"), contentType: "text/markdown" },
];

/** A plain zip archive (not an Office file). */
export const plainZip = () => zip([["readme.txt", "hello"]]);
