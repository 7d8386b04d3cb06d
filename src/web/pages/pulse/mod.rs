//! The team pulse: the leader starts it beside an assessment ("Ask my
//! team"), shares one link, gathers members' anonymous codes and sees the
//! team's picture; members answer on their own devices with no name asked.

pub mod answer;
pub mod ask;
pub mod bundle;
pub mod collector_link;
pub mod list;
pub mod member_code;
pub mod page;
pub mod picture;
