//! Where a reference table came from: embedded or a file, with its hash and rows.

/// Where a reference table came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bron {
    /// `ingebouwd: templates/…` or the file path given.
    pub naam: String,
    /// SHA-256 of the bytes, lowercase hex.
    pub sha256: String,
    /// Number of data rows.
    pub regels: usize,
}
