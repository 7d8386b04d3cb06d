//! Trainers' question sets in browser storage (the 180's instruments and
//! team pulse sets): kept as their checked file text, learned again
//! (through their checker) when the app starts.

use super::{store, write, StorageError};
use crate::domain::base::keys::{
    instrument_key, pulse_set_key, INSTRUMENT_KEY_PREFIX, PULSE_SET_KEY_PREFIX,
};
use crate::domain::sets::check::instrument_file;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::{pulse_set_file, PulseSet};
use crate::domain::sets::registry::QuestionSet;

/// Whether any trainer's question set is stored here (a cheap look at the
/// keys, so the checker is only downloaded when it is needed).
pub fn any_stored() -> bool {
    store()
        .keys()
        .unwrap_or_default()
        .iter()
        .any(|k| k.starts_with(INSTRUMENT_KEY_PREFIX) || k.starts_with(PULSE_SET_KEY_PREFIX))
}

/// Learns every stored instrument; returns the keys that could not be
/// learned, with why (they are left as they are).
pub fn learn_stored() -> Vec<(String, String)> {
    let store = store();
    let mut problems = Vec::new();
    for key in store.keys().unwrap_or_default() {
        let raw = || store.get(&key).ok().flatten().unwrap_or_default();
        let learned = if key.starts_with(INSTRUMENT_KEY_PREFIX) {
            Instrument::learn(&raw()).map(|_| ())
        } else if key.starts_with(PULSE_SET_KEY_PREFIX) {
            PulseSet::learn(&raw()).map(|_| ())
        } else {
            continue;
        };
        if let Err(e) = learned {
            problems.push((key, e.describe(crate::web::language::t())));
        }
    }
    problems.sort();
    problems
}

/// Keeps a trainer's instrument in this browser, so assessments that use it
/// open after a reload. The built-in instrument is never stored.
pub fn keep(instrument: &Instrument) -> Result<(), StorageError> {
    if instrument.is_builtin() {
        return Ok(());
    }
    let reference = instrument.reference();
    let key = instrument_key(&reference.id, reference.version);
    if store().get(&key)?.is_some() {
        return Ok(());
    }
    write(&key, &instrument_file(instrument))
}

/// Keeps a trainer's team pulse set in this browser, so pulses that use it
/// open after a reload. The built-in set is never stored.
pub fn keep_pulse_set(set: &PulseSet) -> Result<(), StorageError> {
    if set.is_builtin() {
        return Ok(());
    }
    let reference = set.reference();
    let key = pulse_set_key(&reference.id, reference.version);
    if store().get(&key)?.is_some() {
        return Ok(());
    }
    write(&key, &pulse_set_file(set))
}

/// Removes a stored instrument (the caller checks nothing uses it).
pub fn forget(instrument: &Instrument) -> Result<(), StorageError> {
    let reference = instrument.reference();
    store().remove(&instrument_key(&reference.id, reference.version))
}
