//! Every threshold the scoring rules use, named in one place so that the
//! product notes and the code can be checked against each other.

/// A dimension is scored only if at most this share of its items is unrated
/// (Not observed or unanswered); above it, it shows "not enough data".
pub const MAX_UNRATED_SHARE: f64 = 0.5;

/// How many behaviours the profile lists as highest- and lowest-rated.
pub const PROFILE_HIGHLIGHTS: usize = 3;

/// An item gap (self − manager) at or above this is a blind spot; at or
/// below its negative, a hidden strength.
pub const BLIND_SPOT_GAP: i8 = 2;

/// Items whose |gap| is at most this count as agreed.
pub const AGREEMENT_MAX_GAP: i8 = 1;

/// Agreed items where both ratings are at least this are agreed strengths.
pub const AGREED_STRENGTH_MIN: u8 = 4;

/// Agreed items where both ratings are at most this are agreed development areas.
pub const AGREED_DEVELOPMENT_MAX: u8 = 2;

/// A dimension whose mean gap is at least this (either way) is flagged.
pub const DIMENSION_GAP_FLAG: f64 = 1.0;

/// The widest possible gap on the 1–5 scale, the unit of the alignment index.
pub const SCALE_SPAN: f64 = 4.0;

/// How many of the largest gaps in each direction (self higher, manager
/// higher) the coaching guide discusses.
pub const GUIDE_TOPICS_EACH_WAY: usize = 2;

/// How many of the largest gaps in each direction the report's summary lists.
pub const SUMMARY_GAPS_EACH_WAY: usize = 3;

/// The smallest group whose item-level detail a cohort dashboard shows:
/// below it, a few people's answers could be told apart.
pub const MIN_GROUP: usize = 3;

/// The fewest team pulse responses whose comments are shown: comments are
/// easier to attribute than figures.
pub const PULSE_COMMENTS_MIN: usize = 5;

/// How many of the widest self–manager gaps the cohort dashboard lists.
pub const COHORT_WIDEST_GAPS: usize = 5;

/// How many of the most chosen priorities the cohort dashboard lists.
pub const COHORT_TOP_PRIORITIES: usize = 5;

/// Days after which unsaved changes earn a backup reminder, and for which
/// "Not now" puts the reminder away (Safari deletes a site's data after 7
/// days without a visit).
pub const BACKUP_REMINDER_DAYS: u64 = 7;
