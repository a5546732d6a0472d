//! Outputs: workbooks, JSON, rejects, written atomically.

pub mod atomic;
pub mod form;
pub mod herberekening;
pub mod json;
pub mod progress;
pub mod rejects;
pub mod sanitize;
pub mod sheet;
pub mod staging;
pub mod workbook;
