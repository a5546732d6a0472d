use super::*;
use crate::input::table::Column;

fn lines_of(text: &str) -> Vec<usize> {
    const COLS: [Column; 1] = [Column::required("a", &[])];
    let mut v = Vec::new();
    read_str("t.csv", text, &COLS, |r| v.push(r.line)).unwrap();
    v
}

#[test]
fn line_numbers_hold_for_every_line_end_and_empty_lines() {
    assert_eq!(lines_of("a;b\n1;2\n3;4\n"), [2, 3]);
    assert_eq!(lines_of("a;b\r\n1;2\r\n3;4\r\n"), [2, 3]);
    assert_eq!(lines_of("a;b\r1;2\r3;4\r"), [2, 3]);
    assert_eq!(lines_of("\n\na;b\n\n1;2\r\n\r\n\r\n3;4"), [5, 8]);
    assert_eq!(lines_of("a;b\n\"x\r\ny\";2\n\"p\rq\";4\n5;6\n"), [2, 4, 6]);
    assert_eq!(lines_of("a;b\n1;2\n;\n3;4\n"), [2, 4]);
}

#[test]
fn a_stray_quote_is_a_literal_character_and_every_line_a_record() {
    const COLS: [Column; 2] = [Column::required("a", &[]), Column::required("datum", &[])];
    let text = "a;datum;c\n1;01-02-2022;\"dringend\n2;02-02-2022;x\n3;03-02-2022;\"y\"\n";
    let mut v = Vec::new();
    let h = read_str("t.csv", text, &COLS, |r| {
        v.push((r.line, r.cells.cell(2).unwrap_or("").to_string()))
    })
    .unwrap();
    assert_eq!(h.losse_quotes, [2]);
    let want = [(2, "\"dringend"), (3, "x"), (4, "y")];
    assert_eq!(v, want.map(|(l, c)| (l, c.to_string())));
    // No byte left to stand for the quote: the file is refused naming the line.
    let mut odd: String = (1u8..32).map(char::from).collect();
    odd.retain(|c| !matches!(c, '\n' | '\r' | '\t'));
    let text = format!("a;datum;c\n1;01-02-2022;{odd}\n1;01-02-2022;\"d\n2;02-02-2022;x\n");
    let e = read_str("t.csv", &text, &COLS, |_| {}).unwrap_err();
    assert!(
        e.to_string().contains("t.csv") && e.to_string().contains('3'),
        "{e}"
    );
}
