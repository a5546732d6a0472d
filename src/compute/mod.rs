//! Computation: person, team, organisation (in parallel with rayon).
