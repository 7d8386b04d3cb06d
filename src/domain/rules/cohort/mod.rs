//! A cohort's anonymous picture: statistics, prompts for the group, slides
//! and the table as CSV.

pub mod aggregate;
pub mod prompts;
pub mod slides;
pub mod table;
