//! Layer 1: the ground every other layer stands on. Imports nothing from
//! the domain.

pub mod checksum;
pub mod csv;
pub mod format;
pub mod ids;
pub mod keys;
pub mod language;
pub mod messages;
pub mod rating;
pub mod text;
pub mod thresholds;
