//! zpm: productivity and revenue under the Zorgprestatiemodel, recomputed from EPD exports
//! and the Taskforce-style workbooks.
//!
//! The code follows the data: [`input`] (readers) → [`rules`] (ZPM rules) → [`compute`]
//! (person, team, organisation) → [`output`] (workbooks, JSON, rejects). [`commands`] holds
//! one file per subcommand; [`cli`] turns the command line into a checked config.

#![warn(missing_docs)]

pub mod cli;
pub mod commands;
pub mod compute;
pub mod config;
pub mod domain;
pub mod error;
pub mod input;
pub mod output;
pub mod rules;
pub mod synth;
