//! The Taskforce-style workbooks: behandelaar, leidinggevende, kliniek (`zpm templates`, `zpm fill`).
