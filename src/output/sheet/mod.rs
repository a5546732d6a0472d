//! The sheet kit every generated workbook is built on: cell values and their number formats,
//! the palettes, label blocks, tables, colour rules and print set-up.

pub mod block;
pub mod cell;
pub mod print;
pub mod style;
