//! Readers: CSV dialects and workbooks as header tables, and the typed inputs built on them.

pub mod csv_reader;
pub mod fold;
pub mod table;
pub mod value;
pub mod xlsx_reader;
