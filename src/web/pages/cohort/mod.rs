//! Trainer cohort mode: creating a cohort, its link, gathering anonymous
//! codes, the dashboard (also full screen for a projector), and the
//! participant's side (joining from the link, sharing anonymously).

pub mod dashboard;
pub mod join;
pub mod new;
pub mod page;
pub mod parts;
pub mod present;
pub mod share;
