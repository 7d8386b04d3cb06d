//! A team pulse's picture, and the team beside the leader and manager.

pub mod beside;
pub mod picture;
