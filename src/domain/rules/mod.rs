//! Layer 4: what is computed from records. Pure functions of their input
//! (no clock, no randomness: both are passed in). Imports only the layers
//! before it.

pub mod cohort;
pub mod comparison;
pub mod guide;
pub mod plan;
pub mod progress;
pub mod pulse;
pub mod questionnaire;
pub mod scoring;
pub mod validate;
pub mod validate_notes;
