//! Share codes: what travels in a link's fragment (or a file) between the
//! leader's and the manager's devices. No server sees them.
//!
//! A code is base64url text of a bit-packed, versioned binary message:
//!
//! | bits | field |
//! |---|---|
//! | 4 | format version (1) |
//! | 4 | kind: 1 invitation, 2 response, 3 cohort link, 4 cohort code, 5 pulse link, 6 pulse code, 7 cohort code with team, 0 whole assessment; +8 when the instrument follows; 10 collector link (version and kind only, then [`collector`]), 12 sealed pulse code, 14 pulse bundle |
//! | 32 | question set fingerprint (id + version; the 180's or the pulse's) |
//! | 80 | assessment (cohort, pulse) id (16 × 5 bits) |
//! | 32 | invitation (cohort, pulse) nonce |
//! | … | if +8: the instrument's JSON, deflated (varint length, bytes) |
//! | … | the kind's fields (see [`invitation`], [`response`], [`cohort`] and [`pulse`]) |
//! | 0–7 | zero padding to a whole byte |
//! | 32 | CRC-32 of every byte before it |
//!
//! Decoding is strict: the checksum must match, every field must be in range,
//! text must already be in its cleaned form, padding must be zero and nothing
//! may follow. So a truncated, altered or foreign code is rejected with a
//! clear [`ShareError`], never misread.

pub mod answers;
pub mod bits;
pub mod bundle;
pub mod cohort;
pub mod collector;
pub mod envelope;
pub mod invitation;
pub mod message;
pub mod pasted;
pub mod pulse;
pub mod qr;
pub mod response;
pub mod sealed;
pub mod whole;

use crate::domain::base::messages::Messages;
use crate::domain::sets::carried::{CarriedSet, Refusal};

/// Why a code could not be read. The messages are for the person holding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing was given.
    Empty,
    /// Characters that never appear in a code.
    NotACode,
    /// The checksum does not match: cut short, mistyped or altered.
    Damaged,
    /// Made by a newer Align 180.
    NewerFormat(u8),
    /// A code of another kind than expected (e.g. a response where an
    /// invitation was expected).
    WrongKind,
    /// Asks questions this app does not know.
    UnknownInstrument,
    /// Carries a question set that differs from the one this browser holds
    /// under the same id and version.
    InstrumentConflict(String, u32),
    /// Longer than any real code.
    TooLong,
    /// Well-formed on the outside but not inside (the part says what).
    Malformed(Part),
    /// This assessment cannot be shared by link (e.g. an id from an old import).
    CannotEncode(Unshareable),
    /// Carries a trainer's question set this browser has not checked yet:
    /// learn it ([`CarriedSet::learn`]), then read the code again.
    SetToLearn(CarriedSet),
}

impl From<Refusal> for ShareError {
    fn from(refusal: Refusal) -> ShareError {
        match refusal {
            Refusal::Conflict(reference) => {
                ShareError::InstrumentConflict(reference.id, reference.version)
            }
            Refusal::Invalid => ShareError::Malformed(Part::QuestionSet),
        }
    }
}

/// A part of a code, named when it is not valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The format version.
    Version,
    /// The kind of code.
    Kind,
    /// The question set (its fingerprint, or the set itself).
    QuestionSet,
    /// The assessment's (cohort's, pulse's) id.
    AssessmentId,
    /// The invitation's nonce.
    Nonce,
    /// The ratings.
    Ratings,
    /// The priorities.
    Priorities,
    /// The code's length.
    Length,
    /// The padding at its end.
    Padding,
    /// The cohort's name.
    CohortName,
    /// A participant's token.
    Participant,
    /// The flags saying which fields follow.
    Flags,
    /// A participant's team figures.
    TeamFigures,
    /// The leader's name.
    LeaderName,
    /// The manager's name.
    ManagerName,
    /// The cycle's label.
    Cycle,
    /// A team member's token.
    Member,
    /// A team member's answer.
    Answer,
    /// A team member's comment.
    Comment,
    /// The time of submission.
    Time,
    /// The reflections.
    Reflections,
    /// A whole assessment's details (names, plan, dates).
    Details,
    /// A whole assessment as read.
    Assessment,
    /// A collector's name.
    CollectorName,
    /// A collector's public key.
    CollectorKey,
    /// A member's sealed answers.
    Sealed,
    /// A collector's bundle.
    Bundle,
}

impl Part {
    /// What a person calls this part.
    pub fn in_words(self, words: &Messages) -> &'static str {
        match self {
            Part::Version => words.share_part_version(),
            Part::Kind => words.share_part_kind(),
            Part::QuestionSet => words.share_part_question_set(),
            Part::AssessmentId => words.share_part_assessment_id(),
            Part::Nonce => words.share_part_nonce(),
            Part::Ratings => words.share_part_ratings(),
            Part::Priorities => words.share_part_priorities(),
            Part::Length => words.share_part_length(),
            Part::Padding => words.share_part_padding(),
            Part::CohortName => words.share_part_cohort_name(),
            Part::Participant => words.share_part_participant(),
            Part::Flags => words.share_part_flags(),
            Part::TeamFigures => words.share_part_team_figures(),
            Part::LeaderName => words.share_part_leader_name(),
            Part::ManagerName => words.share_part_manager_name(),
            Part::Cycle => words.share_part_cycle(),
            Part::Member => words.share_part_member(),
            Part::Answer => words.share_part_answer(),
            Part::Comment => words.share_part_comment(),
            Part::Time => words.share_part_time(),
            Part::Reflections => words.share_part_reflections(),
            Part::Details => words.share_part_details(),
            Part::Assessment => words.share_part_assessment(),
            Part::CollectorName => words.share_part_collector_name(),
            Part::CollectorKey => words.share_part_collector_key(),
            Part::Sealed => words.share_part_sealed(),
            Part::Bundle => words.share_part_bundle(),
        }
    }
}

/// Why something cannot be made into a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unshareable {
    /// The manager's copy was not opened from an invitation.
    NotFromInvitation,
    /// The manager has not submitted.
    NotSubmitted,
    /// A priority is not one of the set's behaviours.
    UnknownPriority,
    /// More priorities than a code holds.
    TooManyPriorities,
    /// A date a code cannot hold.
    DateOutOfRange,
    /// An id this app did not make.
    ForeignId,
    /// The question set cannot be written.
    SetNotWritable,
    /// Part of the assessment cannot be written.
    PartNotWritable,
    /// A team pulse answer out of the scale.
    AnswerOutOfRange,
    /// An answer to a statement the pulse does not have.
    UnknownStatement,
    /// Team figures out of range.
    TeamFiguresOutOfRange,
    /// The assessment names another question set.
    SetNotNamed,
    /// A collector's key is not a P-256 public key.
    CollectorKey,
    /// A bundle with fewer members than the minimum group.
    BundleTooSmall,
}

impl Unshareable {
    /// The reason, as a clause ("it has too many priorities").
    pub fn in_words(self, words: &Messages) -> &'static str {
        match self {
            Unshareable::NotFromInvitation => words.share_reason_not_from_invitation(),
            Unshareable::NotSubmitted => words.share_reason_not_submitted(),
            Unshareable::UnknownPriority => words.share_reason_unknown_priority(),
            Unshareable::TooManyPriorities => words.share_reason_too_many_priorities(),
            Unshareable::DateOutOfRange => words.share_reason_date_out_of_range(),
            Unshareable::ForeignId => words.share_reason_foreign_id(),
            Unshareable::SetNotWritable => words.share_reason_set_not_writable(),
            Unshareable::PartNotWritable => words.share_reason_part_not_writable(),
            Unshareable::AnswerOutOfRange => words.share_reason_answer_out_of_range(),
            Unshareable::UnknownStatement => words.share_reason_unknown_statement(),
            Unshareable::TeamFiguresOutOfRange => words.share_reason_team_figures_out_of_range(),
            Unshareable::SetNotNamed => words.share_reason_set_not_named(),
            Unshareable::CollectorKey => words.share_reason_collector_key(),
            Unshareable::BundleTooSmall => words.share_reason_bundle_too_small(),
        }
    }
}

impl ShareError {
    /// What is wrong, in the person's words.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            ShareError::Empty => words.share_empty().to_string(),
            ShareError::NotACode => words.share_not_a_code().to_string(),
            ShareError::Damaged => words.share_damaged().to_string(),
            ShareError::NewerFormat(v) => words.share_newer_format(v),
            ShareError::WrongKind => words.share_wrong_kind().to_string(),
            ShareError::UnknownInstrument => words.share_unknown_set().to_string(),
            ShareError::InstrumentConflict(id, version) => words.share_set_conflict(id, version),
            ShareError::TooLong => words.share_too_long().to_string(),
            ShareError::Malformed(part) => words.share_malformed(&part.in_words(words)),
            ShareError::CannotEncode(reason) => words.share_cannot_encode(&reason.in_words(words)),
            ShareError::SetToLearn(_) => words.share_set_not_checked().to_string(),
        }
    }
}

/// The longest code accepted (characters), well above any real one.
pub const MAX_CODE_CHARS: usize = 16_000;

/// Above this length a link is unwieldy (chat apps cut it, QR codes get
/// dense): the app recommends the file and still offers the link.
pub const LINK_COMFORT_CHARS: usize = 2_000;
