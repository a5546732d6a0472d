//! Outputs: workbooks, JSON, rejects, written atomically.
