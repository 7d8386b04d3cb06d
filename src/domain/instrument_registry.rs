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
use std::sync::Mutex;

static KNOWN: Mutex<Vec<&'static Instrument>> = Mutex::new(Vec::new());

/// Why an instrument could not be learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LearnError {
    /// The file has problems; each says which field and what is wrong.
    Invalid(Vec<Problem>),
    /// Another instrument with the same id and version, but different
    /// questions, is already known: one of them would be misread.
    Conflict(InstrumentRef),
    /// The id of the built-in instrument, which is never replaced.
    BuiltinId,
}

impl std::fmt::Display for LearnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LearnError::Invalid(problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                write!(f, "The question set has problems: {}", list.join("; "))
            }
            LearnError::Conflict(r) => write!(
                f,
                "A different question set with the same id and version (“{}”, version {}) is already in this browser. \
                 Give the changed question set a new version number.",
                r.id, r.version
            ),
            LearnError::BuiltinId => write!(
                f,
                "“{}” is the id of the built-in question set, which cannot be replaced; give yours its own id.",
                Instrument::sparc_180().id
            ),
        }
    }
}

/// The list of known instruments. A panic elsewhere while it was held
/// cannot leave it half-written (every change is one push or one retain),
/// so a poisoned lock is simply taken over.
fn lock_known() -> std::sync::MutexGuard<'static, Vec<&'static Instrument>> {
    KNOWN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn known() -> Vec<&'static Instrument> {
    lock_known().clone()
}

/// Checks an instrument file and, if it is valid, makes it known. Learning
/// the same instrument again returns the one already known.
pub fn learn(text: &str) -> Result<&'static Instrument, LearnError> {
    let instrument = parse_instrument(text).map_err(LearnError::Invalid)?;
    let builtin = Instrument::sparc_180();
    if instrument.id == builtin.id {
        return if instrument == *builtin {
            Ok(builtin)
        } else {
            Err(LearnError::BuiltinId)
        };
    }
    let mut known = lock_known();
    let fingerprint = instrument.fingerprint();
    if let Some(existing) = known
        .iter()
        .find(|k| k.reference() == instrument.reference() || k.fingerprint() == fingerprint)
    {
        return if **existing == instrument {
            Ok(existing)
        } else {
            Err(LearnError::Conflict(instrument.reference()))
        };
    }
    let leaked: &'static Instrument = Box::leak(Box::new(instrument));
    known.push(leaked);
    Ok(leaked)
}

/// The instrument a stored record refers to, if known.
pub fn find(reference: &InstrumentRef) -> Option<&'static Instrument> {
    let builtin = Instrument::sparc_180();
    if builtin.reference() == *reference {
        return Some(builtin);
    }
    known().into_iter().find(|k| k.reference() == *reference)
}

/// The instrument a share code's fingerprint names, if known.
pub fn find_by_fingerprint(fingerprint: u32) -> Option<&'static Instrument> {
    let builtin = Instrument::sparc_180();
    if builtin.fingerprint() == fingerprint {
        return Some(builtin);
    }
    known().into_iter().find(|k| k.fingerprint() == fingerprint)
}

/// Forgets a trainer's instrument (the built-in one is always known). The
/// caller checks that nothing stored still uses it.
pub fn forget(reference: &InstrumentRef) {
    lock_known().retain(|k| k.reference() != *reference);
}

/// Every known instrument: the built-in one first, then the others in the
/// order they were learned.
pub fn all() -> Vec<&'static Instrument> {
    let mut out = vec![Instrument::sparc_180()];
    out.extend(known());
    out
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
