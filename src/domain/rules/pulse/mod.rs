//! A team pulse's picture, the team beside the leader and manager, and the
//! release of members' answers in groups (the collector's rules and the
//! leader's check of each bundle).

pub mod beside;
pub mod collect;
pub mod picture;
pub mod release;
