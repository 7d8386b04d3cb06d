//! The team pulse: the SPARC survey for a leader's team, the evidence beside
//! the 180. Members answer anonymously (no name is asked) on an agreement
//! scale with Don't know, and the leader sees the team's picture only from
//! the minimum group up.
//!
//! - [`set`]: the pulse question set (statements per dimension) and the
//!   built-in one.
//! - [`picture`]: the team's figures per dimension and statement, with the
//!   minimum group for figures and a larger one for comments.

pub mod picture;
pub mod set;
