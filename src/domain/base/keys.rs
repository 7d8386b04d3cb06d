//! Every key Align 180 writes to browser storage, in one place: each starts
//! with [`APP_KEY_PREFIX`] (so "erase everything" finds them all), and no
//! kind's prefix starts another's (so a key names one kind only).

/// Every key the app writes starts with this.
pub const APP_KEY_PREFIX: &str = "align180.";
/// An assessment: the prefix, then its id.
pub const ASSESSMENT_KEY_PREFIX: &str = "align180.assessment.";
/// A trainer's cohort: the prefix, then its id.
pub const COHORT_KEY_PREFIX: &str = "align180.cohort.";
/// A leader's team pulse: the prefix, then its id.
pub const PULSE_KEY_PREFIX: &str = "align180.pulse.";
/// A team member's own answer to a pulse (kept so they can send it again):
/// the prefix, then the pulse's id.
pub const PULSE_MEMBER_KEY_PREFIX: &str = "align180.pulse-member.";
/// A collector's key pair and the answers it holds: the prefix, then its id.
pub const COLLECTOR_KEY_PREFIX: &str = "align180.collector.";
/// A trainer's question set: the prefix, then its id and version.
pub const INSTRUMENT_KEY_PREFIX: &str = "align180.instrument.";
/// A trainer's team pulse set: the prefix, then its id and version.
pub const PULSE_SET_KEY_PREFIX: &str = "align180.pulse-set.";
/// Whether the browser keeps the data, and when the last backup was made.
pub const KEEPING_KEY: &str = "align180.keeping";
/// The language the person chose (absent: the browser's own).
pub const LANGUAGE_KEY: &str = "align180.language";
/// In session storage: this tab chose not to store anything.
pub const PRIVATE_FLAG: &str = "align180.private-session";
/// Written and removed at once when everything is erased, so other tabs hear it.
pub const ERASE_SIGNAL: &str = "align180.erase-signal";

/// Every prefix and single key above, for the checks that they never collide.
pub const ALL: [&str; 11] = [
    ASSESSMENT_KEY_PREFIX,
    COLLECTOR_KEY_PREFIX,
    COHORT_KEY_PREFIX,
    PULSE_KEY_PREFIX,
    PULSE_MEMBER_KEY_PREFIX,
    INSTRUMENT_KEY_PREFIX,
    PULSE_SET_KEY_PREFIX,
    KEEPING_KEY,
    LANGUAGE_KEY,
    PRIVATE_FLAG,
    ERASE_SIGNAL,
];

/// The storage key of a trainer's question set.
pub fn instrument_key(id: &str, version: u32) -> String {
    format!("{INSTRUMENT_KEY_PREFIX}{id}.v{version}")
}

/// The storage key of a trainer's team pulse set.
pub fn pulse_set_key(id: &str, version: u32) -> String {
    format!("{PULSE_SET_KEY_PREFIX}{id}.v{version}")
}
