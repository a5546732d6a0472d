//! Writing the choice lists (the hidden sheet "Lijsten") and the data validations of the
//! input cells described in [`crate::input::form::lists`].

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Formula, Workbook, Worksheet,
    XlsxError,
};

use crate::input::form::lists::{BLAD, Lijst, Validatie};

/// A dropdown validation for `l`. A value typed outside the list only warns, so that
/// accepted short forms (`behandeling`, `7`) still go in.
pub fn lijst_validatie(l: Lijst) -> Result<DataValidation, XlsxError> {
    let n = l.waarden().len() as u32;
    let col = col_letter(l.kolom());
    DataValidation::new()
        .allow_list_formula(Formula::new(format!("={BLAD}!${col}$2:${col}${}", n + 1)))
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title("Niet in de lijst")?
        .set_error_message(format!(
            "Deze waarde staat niet in de lijst {}. Kies bij voorkeur uit de lijst.",
            l.kop()
        ))
}

/// Validates the cells of column `c` from row `r0` to row `r1` with `v`.
pub fn zet_validatie(
    v: &Validatie,
    ws: &mut Worksheet,
    r0: u32,
    c: u16,
    r1: u32,
) -> Result<(), XlsxError> {
    let dv = match *v {
        Validatie::Geen => return Ok(()),
        Validatie::Lijst(l) => lijst_validatie(l)?,
        Validatie::Getal {
            min,
            max,
            heel,
            wat,
        } => getal_validatie(min, max, heel, wat)?,
    };
    ws.add_data_validation(r0, c, r1, c, &dv)?;
    Ok(())
}

fn col_letter(c: u16) -> char {
    (b'A' + c as u8) as char
}

/// Writes the hidden "Lijsten" sheet with every list. A choice that is a number (a
/// beveiligingsniveau) is written as a number, so that picking it from the dropdown enters a
/// number and not a number stored as text.
pub fn schrijf_lijsten(wb: &mut Workbook) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(BLAD)?;
    for l in Lijst::ALLE {
        let c = l.kolom();
        ws.write_string(0, c, l.kop())?;
        for (i, v) in l.waarden().iter().enumerate() {
            match v.parse::<u32>() {
                Ok(n) => ws.write_number(i as u32 + 1, c, n)?,
                Err(_) => ws.write_string(i as u32 + 1, c, v)?,
            };
        }
        ws.set_column_width(c, 34)?;
    }
    ws.set_hidden(true);
    Ok(())
}

/// A number validation between `min` and `max` (whole numbers when `heel`), stopping other
/// input, with a Dutch message naming `wat`.
fn getal_validatie(min: f64, max: f64, heel: bool, wat: &str) -> Result<DataValidation, XlsxError> {
    let dv = if heel {
        DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(min as i32, max as i32))
    } else {
        DataValidation::new().allow_decimal_number(DataValidationRule::Between(min, max))
    };
    dv.set_error_title("Geen geldig getal")?
        .set_error_message(format!(
            "Vul {wat} in als getal tussen {} en {}.",
            crate::input::xlsx_reader::number_text(min),
            crate::input::xlsx_reader::number_text(max)
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_validation() {
        for l in Lijst::ALLE {
            assert!(lijst_validatie(l).is_ok());
        }
    }
}
