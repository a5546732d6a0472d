//! The Taskforce-style workbooks written by `zpm templates` and `zpm fill` (behandelaar,
//! leidinggevende, kliniek): the input sheets from their descriptions, the computed columns,
//! the "Resultaat" sheets, the "Uitleg" and the hidden "Lijsten", all on the sheet kit of
//! [`crate::output::sheet`].

pub mod behandelaar;
pub mod inputs;
pub mod kliniek;
pub mod leidinggevende;
pub mod lists;
pub mod sheet;
pub mod template;
pub mod uitleg;
