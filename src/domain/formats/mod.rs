//! Layer 5: everything that crosses the app's edge: share codes, stored
//! forms, backup files, addresses, pasted codes and the exchanges between
//! devices. Every parser here sees user data: it is strict, never panics and
//! says what is wrong. Imports any layer before it.

pub mod cohort_code;
pub mod cohort_gather;
pub mod cohort_stored;
pub mod collector_gather;
pub mod collector_stored;
pub mod exchange;
pub mod files;
pub mod gathering;
pub mod next_step;
pub mod pulse_gather;
pub mod pulse_stored;
pub mod route;
pub mod share;
pub mod stored;
pub mod tables;
