//! The sheet kit every generated workbook is built on: cell values and their number formats,
//! the palettes, label blocks, tables, colour rules, print set-up and charts.

pub mod block;
pub mod cell;
pub mod chart;
pub mod colour;
pub mod print;
pub mod style;
