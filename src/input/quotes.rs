//! Quotes in CSV text as the csv reader sees them, and **stray quotes** (SPEC 5.4).
//!
//! A quote opens a quoted field only at the start of a field (after a delimiter, a line end or
//! at the start of the text); elsewhere it is a literal character. Inside a quoted field `""` is
//! a literal quote and the next other quote closes the field. A quoted field may hold line
//! breaks (a remark over two lines). A quote that opens a field and then swallows a line that
//! looks like a whole record of the file (the header's number of delimiters, a readable date in
//! the date column) is a stray quote: the reader takes it as a literal character, so that every
//! physical line is read as the record it is, and flags it.
//!
//! The scan jumps from quote to quote (most exports hold few), so it costs little more than
//! one `memchr` pass over the text.

use memchr::{memchr, memchr2};

use crate::input::value::parse_date;

/// What a data line of the file looks like: the header's number of delimiters and the
/// position of its date column, if it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vorm {
    /// The delimiter byte.
    pub delimiter: u8,
    /// Delimiters on the header line.
    pub delimiters: usize,
    /// Position of the date column among the header's cells.
    pub datum: Option<usize>,
}

/// The quotes of a text that matter to the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quotes {
    /// Byte offsets of the stray quotes, in order.
    pub stray: Vec<usize>,
    /// Valid quoted fields that hold a line break, as (opening quote, closing quote or the
    /// end of the text), in order: no record ends inside them.
    pub multiline: Vec<(usize, usize)>,
}

impl Quotes {
    /// Whether byte `pos` lies inside a valid quoted field that holds a line break.
    pub fn inside(&self, pos: usize) -> bool {
        let i = self.multiline.partition_point(|&(open, _)| open < pos);
        i > 0 && pos < self.multiline[i - 1].1
    }
}

/// Whether `i` starts a field: the start of the text or after a delimiter or line end.
fn field_start(text: &[u8], i: usize, delimiter: u8) -> bool {
    i == 0 || matches!(text[i - 1], b'\n' | b'\r') || text[i - 1] == delimiter
}

/// The quote that closes the quoted field opened at `open` (`""` pairs are skipped), or the
/// end of the text when none does.
fn closing(text: &[u8], open: usize) -> usize {
    let mut j = open + 1;
    while let Some(k) = memchr(b'"', &text[j.min(text.len())..]) {
        let c = j + k;
        if text.get(c + 1) == Some(&b'"') {
            j = c + 2;
        } else {
            return c;
        }
    }
    text.len()
}

/// The end of the line that holds `i` (the offset of its line end, or the end of the text).
fn line_end(text: &[u8], i: usize) -> usize {
    memchr2(b'\n', b'\r', &text[i.min(text.len())..]).map_or(text.len(), |k| i + k)
}

/// The first non-blank line after the line of `i`: (start, end).
fn next_line(text: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut s = line_end(text, i);
    loop {
        while s < text.len() && matches!(text[s], b'\n' | b'\r') {
            s += 1;
        }
        if s >= text.len() {
            return None;
        }
        let e = line_end(text, s);
        if text[s..e].iter().any(|b| !b.is_ascii_whitespace()) {
            return Some((s, e));
        }
        s = e;
    }
}

/// Whether `line`, taken alone with every quote as a literal character, looks like a record.
fn looks_like_record(line: &[u8], vorm: &Vorm) -> bool {
    let d = vorm.delimiter;
    if line.iter().filter(|&&b| b == d).count() != vorm.delimiters {
        return false;
    }
    match vorm.datum {
        None => true,
        Some(c) => line.split(|&b| b == d).nth(c).is_some_and(|cell| {
            std::str::from_utf8(cell)
                .is_ok_and(|s| parse_date(s.trim().trim_matches('"').trim()).is_some())
        }),
    }
}

/// Whether the quoted field opened at `open` and closed at `close` swallows a whole record.
///
/// A valid quoted field ends before a delimiter, a line end or the end of the text: one that
/// ends otherwise, opened on a line that looks like a record by itself, is stray. Else the
/// first non-blank line after the opening line decides: when it looks like a record it is
/// swallowed, unless the field closes on it the way a valid field over two lines does (the
/// delimiters before the field and after it making one record, the date column after the
/// field, and the opening line alone no record).
fn swallows(text: &[u8], open: usize, close: usize, vorm: &Vorm) -> bool {
    let d = vorm.delimiter;
    let begin = text[..open]
        .iter()
        .rposition(|&b| matches!(b, b'\n' | b'\r'))
        .map_or(0, |p| p + 1);
    let opening = looks_like_record(&text[begin..line_end(text, open)], vorm);
    let valid_end =
        close + 1 >= text.len() || matches!(text[close + 1], b'\n' | b'\r') || text[close + 1] == d;
    if opening && !valid_end {
        return true;
    }
    let Some((s, e)) = next_line(text, open) else {
        return false;
    };
    if s > close || !looks_like_record(&text[s..e], vorm) {
        return false;
    }
    if close >= e {
        return true;
    }
    let before = text[begin..open].iter().filter(|&&b| b == d).count();
    let after = text[close..e].iter().filter(|&&b| b == d).count();
    let valid = valid_end
        && before + after == vorm.delimiters
        && vorm.datum.is_none_or(|c| c > before)
        && !opening;
    !valid
}

/// Scans `text` from `from` (the start of a record) for quoted fields over line ends and
/// stray quotes; `vorm` describes a data line.
pub fn scan(text: &[u8], from: usize, vorm: &Vorm) -> Quotes {
    let mut q = Quotes::default();
    let mut i = from;
    while let Some(k) = memchr(b'"', &text[i.min(text.len())..]) {
        let open = i + k;
        if !field_start(text, open, vorm.delimiter) {
            i = open + 1;
            continue;
        }
        let close = closing(text, open);
        if memchr2(b'\n', b'\r', &text[open..close]).is_none() {
            i = close + 1;
            continue;
        }
        if swallows(text, open, close, vorm) {
            q.stray.push(open);
            i = open + 1;
        } else {
            q.multiline.push((open, close));
            i = close + 1;
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    const VORM: Vorm = Vorm {
        delimiter: b';',
        delimiters: 3,
        datum: Some(1),
    };

    fn stray(text: &str) -> Vec<usize> {
        scan(text.as_bytes(), 0, &VORM).stray
    }

    #[test]
    fn a_remark_over_two_lines_is_valid() {
        let t = "1;01-02-2022;\"Belt terug,\nmorgen\";45\n2;02-02-2022;x;30\n";
        let q = scan(t.as_bytes(), 0, &VORM);
        assert_eq!(q.stray, Vec::<usize>::new());
        assert_eq!(q.multiline, [(13, 32)]);
        assert!(q.inside(26) && !q.inside(40));
        // In the first column, its second line carrying the rest of the record (which then
        // looks like a record by itself).
        let vorm = Vorm {
            datum: Some(2),
            ..VORM
        };
        let t = "\"Belt terug\nmorgen\";1;01-02-2022;45\n\"x\";2;02-02-2022;30\n";
        let q = scan(t.as_bytes(), 0, &vorm);
        assert_eq!((q.stray.len(), q.multiline.len()), (0, 1));
    }

    #[test]
    fn a_quote_that_swallows_records_is_stray() {
        // Unclosed: swallows everything after it.
        let t = "1;01-02-2022;\"dringend;45\n2;02-02-2022;x;30\n3;03-02-2022;y;30\n";
        assert_eq!(stray(t), [13]);
        // Closed by a quote that opens a field two lines on.
        let t = "1;01-02-2022;\"dringend;45\n2;02-02-2022;x;30\n3;03-02-2022;\"z\";30\n";
        assert_eq!(stray(t), [13]);
        // Closed on the next line by a literal quote that a delimiter follows (24").
        let t = "1;01-02-2022;\"dringend;45\n2;02-02-2022;scherm 24\";30\n";
        assert_eq!(stray(t), [13]);
        // Followed by a valid remark over two lines, which closes it.
        let t = "1;01-02-2022;\"a;45\n\"x\ny\";02-02-2022;c;30\n";
        let q = scan(t.as_bytes(), 0, &VORM);
        assert_eq!(q.stray, [13]);
        assert_eq!(q.multiline, [(19, 23)]);
        // Two stray quotes on following lines.
        let t = "1;01-02-2022;\"a;45\n2;02-02-2022;\"b;30\n3;03-02-2022;c;30\n";
        assert_eq!(stray(t), [13, 32]);
    }

    #[test]
    fn quotes_inside_a_field_are_literal() {
        let t = "1;01-02-2022;scherm 24\";45\n2;02-02-2022;\"a\nb\";30\n";
        let q = scan(t.as_bytes(), 0, &VORM);
        assert_eq!(q.stray, Vec::<usize>::new());
        assert_eq!(q.multiline, [(40, 44)]);
        let t = "1;01-02-2022;\"a\"\"b\";45\n";
        assert_eq!(scan(t.as_bytes(), 0, &VORM), Quotes::default());
    }
}
