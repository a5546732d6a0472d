//! Synthetic organisations for demos and benchmarks (`zpm genereer`).
