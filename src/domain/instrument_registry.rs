//! The instruments this page knows: the built-in SPARC 180 and every
//! trainer's instrument that passed [`parse_instrument`] (loaded from a file,
//! from storage, from a backup or from a link). The only way in is through
//! the checker, so the rest of the app reads only validated instruments.
//!
//! Known instruments live as long as the page (they are small and few), so
//! the app can hand out `&'static Instrument` as it does for the built-in one.
//!
//! ```
//! use align180::domain::instrument_registry::{learn, find};
//! let text = include_str!("../../tests/fixtures/instruments/pulse-3-dimensions.json");
//! let pulse = learn(text).expect("a valid instrument");
//! assert_eq!(find(&pulse.reference()), Some(pulse));
//! assert_eq!(pulse.dimensions.len(), 3);
//! ```

use crate::domain::instrument::{Instrument, InstrumentRef};
use crate::domain::instrument_check::{parse_instrument, Problem};
use crate::domain::registry::{self, QuestionSet};
use std::sync::Mutex;

pub use crate::domain::registry::LearnError;

static KNOWN: Mutex<Vec<&'static Instrument>> = Mutex::new(Vec::new());

impl QuestionSet for Instrument {
    const WHAT: &'static str = "question set";
    fn builtin() -> &'static Self {
        Instrument::sparc_180()
    }
    fn learned() -> &'static Mutex<Vec<&'static Self>> {
        &KNOWN
    }
    fn parse(text: &str) -> Result<Self, Vec<Problem>> {
        parse_instrument(text)
    }
    fn reference(&self) -> InstrumentRef {
        Instrument::reference(self)
    }
    fn fingerprint(&self) -> u32 {
        Instrument::fingerprint(self)
    }
}

/// Checks an instrument file and, if it is valid, makes it known. Learning
/// the same instrument again returns the one already known.
pub fn learn(text: &str) -> Result<&'static Instrument, LearnError> {
    registry::learn(text)
}

/// The instrument a stored record refers to, if known.
pub fn find(reference: &InstrumentRef) -> Option<&'static Instrument> {
    registry::find(reference)
}

/// The instrument a share code's fingerprint names, if known.
pub fn find_by_fingerprint(fingerprint: u32) -> Option<&'static Instrument> {
    registry::find_by_fingerprint(fingerprint)
}

/// Forgets a trainer's instrument (the built-in one is always known). The
/// caller checks that nothing stored still uses it.
pub fn forget(reference: &InstrumentRef) {
    registry::forget::<Instrument>(reference);
}

/// Every known instrument: the built-in one first, then the others in the
/// order they were learned.
pub fn all() -> Vec<&'static Instrument> {
    registry::all()
}

/// Every stored instrument key starts with this (inside the app's prefix,
/// so "erase everything" removes them too).
pub const INSTRUMENT_KEY_PREFIX: &str = "align180.instrument.";

/// The storage key of a trainer's instrument.
pub fn storage_key(reference: &InstrumentRef) -> String {
    format!(
        "{INSTRUMENT_KEY_PREFIX}{}.v{}",
        reference.id, reference.version
    )
}
