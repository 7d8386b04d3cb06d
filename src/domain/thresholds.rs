//! Every threshold the scoring rules use, named in one place so that the
//! product notes and the code can be checked against each other.

/// A dimension is scored only if at most this share of its items is unrated
/// (Not observed or unanswered); above it, it shows "not enough data".
pub const MAX_UNRATED_SHARE: f64 = 0.5;

/// How many behaviours the profile lists as highest- and lowest-rated.
pub const PROFILE_HIGHLIGHTS: usize = 3;
