//! Share codes: what travels in a link's fragment (or a file) between the
//! leader's and the manager's devices. No server sees them.
//!
//! A code is base64url text of a bit-packed, versioned binary message:
//!
//! | bits | field |
//! |---|---|
//! | 4 | format version (1) |
//! | 4 | kind: 1 invitation, 2 response, 3 cohort link, 4 cohort code, 5 pulse link, 6 pulse code, 7 cohort code with team, 0 whole assessment; +8 when the instrument follows |
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
pub mod cohort;
pub mod envelope;
pub mod invitation;
pub mod message;
pub mod pulse;
pub mod qr;
pub mod response;
pub mod whole;

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
    /// Well-formed on the outside but not inside (the field says what).
    Malformed(&'static str),
    /// This assessment cannot be shared by link (e.g. an id from an old import).
    CannotEncode(&'static str),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::Empty => write!(f, "The link or code is empty."),
            ShareError::NotACode => write!(f, "This is not an Align 180 code: it contains characters a code never has."),
            ShareError::Damaged => write!(
                f,
                "This link is incomplete or has been changed. \
                 Ask for the link again, or use the file instead."
            ),
            ShareError::NewerFormat(v) => write!(
                f,
                "This code was made by a newer version of Align 180 (format {v}). Open it with the newer version."
            ),
            ShareError::WrongKind => write!(f, "This is another kind of Align 180 code (for example an invitation or a response where a cohort code was expected)."),
            ShareError::UnknownInstrument => write!(f, "This code uses a question set this browser does not have. Open the invitation or cohort link it belongs to first (it brings the questions), or import the question set."),
            ShareError::InstrumentConflict(id, version) => write!(
                f,
                "This link brings a question set “{id}” version {version} that differs from the one already in this browser under the same id and version, \
                 so its answers could be misread. Ask the sender to give their changed question set a new version number."
            ),
            ShareError::TooLong => write!(f, "This code is far longer than any Align 180 code."),
            ShareError::Malformed(what) => write!(f, "This code is damaged: its {what} is not valid."),
            ShareError::CannotEncode(what) => write!(f, "This assessment cannot be shared by link: {what}."),
        }
    }
}

/// The longest code accepted (characters), well above any real one.
pub const MAX_CODE_CHARS: usize = 16_000;

/// Above this length a link is unwieldy (chat apps cut it, QR codes get
/// dense): the app recommends the file and still offers the link.
pub const LINK_COMFORT_CHARS: usize = 2_000;
