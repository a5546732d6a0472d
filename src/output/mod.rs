//! Outputs: workbooks, JSON, rejects, written atomically.

pub mod atomic;
pub mod sanitize;
