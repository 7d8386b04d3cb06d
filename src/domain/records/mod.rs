//! Layer 3: what the app keeps, as plain data with its invariants (a
//! record refers to its question set by reference, never by copy). Imports
//! only [`super::base`] and [`super::sets`].

pub mod assessment;
pub mod cohort;
pub mod collector;
pub mod commitment;
pub mod held;
pub mod keeping;
pub mod pulse;
pub mod response;
