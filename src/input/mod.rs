//! Readers: CSV dialects and workbooks as header tables, and the typed inputs built on them.

pub mod begroting;
pub mod chunked;
pub mod contracten;
pub mod csv_reader;
pub mod datumkolommen;
pub mod epd;
pub mod form;
pub mod getallen;
pub mod inspectie;
pub mod mapping;
pub mod medewerkers;
pub mod quotes;
pub mod reference;
pub mod table;
pub mod value;
pub mod xlsx_reader;
