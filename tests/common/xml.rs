//! A workbook read from its XML parts: each sheet's cells with their kind, text and number
//! format, and the series of its charts. For checks that calamine's cell values cannot make
//! (a number stored as text, the ranges behind a chart, attributes of workbook.xml).

use std::collections::BTreeMap;
use std::path::Path;

use super::xlsx_parts;

/// The attribute `name="…"` of an XML start tag.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// XML text with its five entities decoded.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every element `<tag…>…</tag>` (or `<tag…/>`) in `xml`: its start tag and its body.
pub fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        if !after.starts_with([' ', '>', '/']) {
            rest = after;
            continue;
        }
        let Some(gt) = after.find('>') else { break };
        let start = &rest[i..i + open.len() + gt + 1];
        if start.ends_with("/>") {
            out.push((start, ""));
            rest = &after[gt + 1..];
            continue;
        }
        let body = &after[gt + 1..];
        let Some(end) = body.find(&close) else { break };
        out.push((start, &body[..end]));
        rest = &body[end + close.len()..];
    }
    out
}

/// The text of every `<t>` in `xml`, joined.
pub fn texts(xml: &str) -> String {
    elements(xml, "t")
        .into_iter()
        .chain(elements(xml, "a:t"))
        .map(|(_, t)| unescape(t))
        .collect()
}

/// One cell as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// `n` number, `s` text (shared, inline or formula string), `b`, `e`, or `blank`.
    pub kind: &'static str,
    /// The value as text (empty for a blank).
    pub text: String,
    /// Its number format code (`General` when none).
    pub format: String,
}

/// One sheet: its name as written in workbook.xml (entities decoded) and its cells by
/// (row, column), 0-based.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The `name` attribute.
    pub name: String,
    /// Its cells.
    pub cells: BTreeMap<(u32, u32), Cell>,
}

/// A workbook's parts and sheets.
#[derive(Debug, Clone)]
pub struct Book {
    /// Every part by name.
    pub parts: BTreeMap<String, String>,
    /// The sheets in workbook order.
    pub sheets: Vec<Sheet>,
}

/// "AB12" as (row 11, column 27), 0-based.
pub fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let r = r.replace('$', "");
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let col = letters.chars().try_fold(0u32, |a, c| {
        c.is_ascii_uppercase().then(|| a * 26 + (c as u32 - 64))
    })?;
    Some((digits.parse::<u32>().ok()? - 1, col.checked_sub(1)?))
}

/// The strings of xl/sharedStrings.xml, by index.
pub fn shared_strings(xml: &str) -> Vec<String> {
    elements(xml, "si")
        .into_iter()
        .map(|(_, b)| texts(b))
        .collect()
}

/// The number format of each cell style (`s="…"`) of xl/styles.xml, by index.
pub fn cell_formats(styles: &str) -> Vec<String> {
    let custom: BTreeMap<u32, String> = elements(styles, "numFmt")
        .into_iter()
        .filter_map(|(t, _)| {
            Some((
                attr(t, "numFmtId")?.parse().ok()?,
                unescape(attr(t, "formatCode")?),
            ))
        })
        .collect();
    let xfs = elements(styles, "cellXfs")
        .first()
        .map(|(_, b)| *b)
        .unwrap_or("");
    elements(xfs, "xf")
        .into_iter()
        .map(|(t, _)| {
            let id = attr(t, "numFmtId")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            custom.get(&id).cloned().unwrap_or_else(|| builtin(id))
        })
        .collect()
}

fn builtin(id: u32) -> String {
    match id {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        14 => "m/d/yyyy",
        49 => "@",
        other => return format!("builtin {other}"),
    }
    .to_string()
}

impl Book {
    /// Reads `xlsx`.
    pub fn read(xlsx: &Path) -> Book {
        let parts = xlsx_parts(xlsx);
        let part = |n: &str| parts.get(n).cloned().unwrap_or_default();
        let shared = shared_strings(&part("xl/sharedStrings.xml"));
        let formats = cell_formats(&part("xl/styles.xml"));
        let rels: BTreeMap<String, String> =
            elements(&part("xl/_rels/workbook.xml.rels"), "Relationship")
                .into_iter()
                .filter_map(|(t, _)| {
                    Some((attr(t, "Id")?.to_string(), attr(t, "Target")?.to_string()))
                })
                .collect();
        let mut sheets = Vec::new();
        for (tag, _) in elements(&part("xl/workbook.xml"), "sheet") {
            let target = attr(tag, "r:id")
                .and_then(|id| rels.get(id))
                .cloned()
                .unwrap_or_default();
            let xml = part(&format!("xl/{}", target.trim_start_matches("/xl/")));
            let mut cells = BTreeMap::new();
            for (c, body) in elements(&xml, "c") {
                let Some(at) = attr(c, "r").and_then(cell_ref) else {
                    continue;
                };
                let s: usize = attr(c, "s").and_then(|v| v.parse().ok()).unwrap_or(0);
                let v = elements(body, "v").first().map(|(_, v)| unescape(v));
                let (kind, text) = match (attr(c, "t"), v) {
                    (Some("s"), v) => (
                        "s",
                        v.and_then(|v| shared.get(v.parse::<usize>().ok()?).cloned())
                            .unwrap_or_default(),
                    ),
                    (Some("inlineStr"), _) => ("s", texts(body)),
                    (Some("str"), v) => ("s", v.unwrap_or_default()),
                    (Some("b"), v) => ("b", v.unwrap_or_default()),
                    (Some("e"), v) => ("e", v.unwrap_or_default()),
                    (_, Some(v)) => ("n", v),
                    (_, None) => ("blank", String::new()),
                };
                let format = formats.get(s).cloned().unwrap_or_default();
                cells.insert(at, Cell { kind, text, format });
            }
            sheets.push(Sheet {
                name: unescape(attr(tag, "name").unwrap_or("")),
                cells,
            });
        }
        Book { parts, sheets }
    }

    /// The sheet called `name` (as written).
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// Every chart part: (part name, XML).
    pub fn charts(&self) -> Vec<(&str, &str)> {
        self.parts
            .iter()
            .filter(|(n, _)| n.starts_with("xl/charts/chart"))
            .map(|(n, x)| (n.as_str(), x.as_str()))
            .collect()
    }

    /// The cells of a reference such as `'Team Noord'!$B$5:$B$9` (a missing cell is `None`);
    /// `None` when the sheet does not exist.
    pub fn range(&self, formula: &str) -> Option<Vec<Option<&Cell>>> {
        let (sheet, refs) = formula.rsplit_once('!')?;
        let sheet = sheet
            .strip_prefix('\'')
            .and_then(|s| s.strip_suffix('\''))
            .map_or(sheet.to_string(), |s| s.replace("''", "'"));
        let sheet = self.sheet(&sheet)?;
        let (a, b) = refs.split_once(':').unwrap_or((refs, refs));
        let ((r0, c0), (r1, c1)) = (cell_ref(a)?, cell_ref(b)?);
        Some(
            (r0..=r1)
                .flat_map(|r| (c0..=c1).map(move |c| (r, c)))
                .map(|k| sheet.cells.get(&k))
                .collect(),
        )
    }
}

/// One series of a chart: its name and the references of its values and categories.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The legend name (`<c:tx>`).
    pub name: String,
    /// The values' reference.
    pub values: String,
    /// The categories' reference, if any.
    pub categories: Option<String>,
}

/// The series of a chart part.
pub fn series(chart: &str) -> Vec<Series> {
    let f = |xml: &str| elements(xml, "c:f").first().map(|(_, f)| unescape(f));
    elements(chart, "c:ser")
        .into_iter()
        .map(|(_, s)| Series {
            name: elements(s, "c:tx")
                .first()
                .map(|(_, t)| {
                    elements(t, "c:v")
                        .first()
                        .map_or_else(|| texts(t), |(_, v)| unescape(v))
                })
                .unwrap_or_default(),
            values: elements(s, "c:val")
                .first()
                .and_then(|(_, v)| f(v))
                .unwrap_or_default(),
            categories: elements(s, "c:cat").first().and_then(|(_, c)| f(c)),
        })
        .collect()
}

/// The text of a chart's title.
pub fn chart_title(chart: &str) -> String {
    elements(chart, "c:title")
        .first()
        .map(|(_, t)| texts(t))
        .unwrap_or_default()
}

/// True for a number format that shows a date.
pub fn date_format(code: &str) -> bool {
    let c = code.to_lowercase();
    c.contains('d') || c.contains('y')
}

/// An ST_Xstring as Excel shows it: each `_xHHHH_` is the UTF-16 unit U+HHHH.
pub fn xstring_decode(s: &str) -> String {
    let mut units: Vec<u16> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let esc = s.get(i..i + 7).filter(|t| {
            t.starts_with("_x")
                && t.ends_with('_')
                && t.as_bytes()[2..6].iter().all(u8::is_ascii_hexdigit)
        });
        match esc {
            Some(t) => {
                units.push(u16::from_str_radix(&t[2..6], 16).unwrap());
                i += 7;
            }
            None => {
                let c = s[i..].chars().next().unwrap();
                units.extend(c.encode_utf16(&mut [0; 2]).iter());
                i += c.len_utf8();
            }
        }
    }
    String::from_utf16_lossy(&units)
}
