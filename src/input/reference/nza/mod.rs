//! The NZa's own tariff list (SPEC 6.1): its phrase table ([`namen`]) and the reading of the
//! list's layout into tariff rows.

pub mod lijst;
pub mod namen;
