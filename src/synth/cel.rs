//! Byte-level writing of EPD rows (`;`-separated, decimal comma, `-` for empty) without
//! per-cell allocation or `format!`.

/// A cell value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SynthCel<'a> {
    /// Text as it stands.
    Tekst(&'a str),
    /// A client id, written `C` + at least six digits.
    Client(u64),
    /// Minutes in tenths, written with a decimal comma when not whole (`445` → `44,5`).
    Tienden(i32),
    /// A whole number.
    Getal(u64),
    /// Empty, written `-`.
    Leeg,
}

/// Appends `x` in decimal.
pub fn push_u64(buf: &mut Vec<u8>, mut x: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    buf.extend_from_slice(&tmp[i..]);
}

/// Appends `;` and the cell.
pub fn cel(buf: &mut Vec<u8>, c: SynthCel<'_>) {
    buf.push(b';');
    match c {
        SynthCel::Tekst(s) => buf.extend_from_slice(s.as_bytes()),
        SynthCel::Getal(x) => push_u64(buf, x),
        SynthCel::Client(x) => {
            buf.push(b'C');
            for z in (1..6).rev() {
                if x < 10u64.pow(z) {
                    buf.push(b'0');
                }
            }
            push_u64(buf, x);
        }
        SynthCel::Tienden(t) => {
            if t < 0 {
                buf.push(b'-');
            }
            let a = t.unsigned_abs();
            push_u64(buf, u64::from(a / 10));
            if a % 10 != 0 {
                buf.push(b',');
                buf.push(b'0' + (a % 10) as u8);
            }
        }
        SynthCel::Leeg => buf.push(b'-'),
    }
}

/// Appends a row: `id`, `datum` and the cells, then a newline.
pub fn rij<const N: usize>(buf: &mut Vec<u8>, id: &str, datum: &[u8], cellen: [SynthCel<'_>; N]) {
    buf.extend_from_slice(id.as_bytes());
    buf.push(b';');
    buf.extend_from_slice(datum);
    for c in cellen {
        cel(buf, c);
    }
    buf.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        let mut b = Vec::new();
        rij(
            &mut b,
            "B0001",
            b"03-01-2022",
            [
                SynthCel::Tekst("Behandeling"),
                SynthCel::Tienden(445),
                SynthCel::Tienden(-300),
                SynthCel::Client(123),
                SynthCel::Getal(0),
                SynthCel::Leeg,
                SynthCel::Client(1_234_567),
            ],
        );
        assert_eq!(
            String::from_utf8(b).unwrap(),
            "B0001;03-01-2022;Behandeling;44,5;-30;C000123;0;-;C1234567\n"
        );
    }
}
