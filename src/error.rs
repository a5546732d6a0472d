//! The two kinds of failure and their exit codes: unusable input or arguments ([`InputError`],
//! exit code 2, nothing written) and a failure while writing the outputs ([`WriteError`],
//! exit code 3, the output folder left as it was).
//!
//! A bad *row* never becomes an error: it is rejected with a reason and the run goes on.
//! A bad *file* (unreadable, no header, a required column missing) or a bad argument
//! becomes an [`InputError`], which names the file, the line and column where known, and
//! what was expected.

use std::fmt;

/// An input file or argument that cannot be used: the run stops with exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file (as given on the command line), or the argument name.
    pub file: String,
    /// 1-based line (CSV) or row (xlsx), where known.
    pub line: Option<usize>,
    /// Column name or cell reference, where known.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl InputError {
    /// An error about a whole file.
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// An error at a line (and optionally a column) of a file.
    pub fn at(
        file: impl Into<String>,
        line: usize,
        column: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        InputError {
            file: file.into(),
            line: Some(line),
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(col) = &self.column {
            write!(f, ", column {col}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for InputError {}

/// A failure while writing the outputs (a full disk, a folder that cannot be written or
/// created): the run stops with exit code 3.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {message}")]
pub struct WriteError {
    /// The file or folder that could not be written.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

impl WriteError {
    /// A write failure at `path`.
    pub fn new(path: &std::path::Path, message: impl Into<String>) -> Self {
        WriteError {
            path: path.display().to_string(),
            message: message.into(),
        }
    }
}

/// The process exit code for an error that stopped a command: 3 when writing failed,
/// 2 for unusable input or arguments.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    if e.chain().any(|c| c.downcast_ref::<WriteError>().is_some()) {
        3
    } else {
        2
    }
}
