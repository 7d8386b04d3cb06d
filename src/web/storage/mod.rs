//! The one place that reads and writes browser storage. Every call returns a
//! `Result`: storage may be refused (blocked cookies, sandboxed pages), full,
//! or hold records this version cannot read, and the UI says so instead of
//! panicking. Unreadable records are reported and never overwritten.
//!
//! (gloo-storage is not used: its accessors panic when the browser refuses
//! storage, so [`backend`] takes `web_sys::Storage` as an `Option` itself and
//! falls back to this page's memory.)

mod backend;
pub mod instruments;
pub mod keeping;
pub mod language;
pub mod pulses;
pub mod records;

use crate::domain::base::keys::{
    APP_KEY_PREFIX, ERASE_SIGNAL, KEEPING_KEY, LANGUAGE_KEY, PRIVATE_FLAG,
};
use crate::domain::base::messages::Messages;
use crate::domain::formats::stored::{RecordProblem, Unreadable};
use backend::Backend;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser refuses storage for this page.
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// The record exists but this version cannot read it; it is kept as is.
    Unreadable(Unreadable),
    /// The record was written by a newer Align 180; it is kept as is.
    Newer(u32),
    /// No record with that id.
    NotFound,
    /// A record already holds this id (readable or not): nothing was replaced.
    Taken,
    /// The record this page was working on is no longer stored: it was
    /// erased or deleted, perhaps in another tab. Nothing was written back.
    Gone,
    /// Another tab erased everything: this tab writes nothing until the
    /// person starts again.
    ErasedElsewhere,
    /// Anything else the browser reported.
    Other(String),
}

impl StorageError {
    /// What went wrong, in `words` (shown wherever storage failed).
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            StorageError::Unavailable => words.storage_unavailable().to_string(),
            StorageError::Full => words.storage_full().to_string(),
            StorageError::Unreadable(reason) => words.storage_unreadable(&reason.describe(words)),
            StorageError::Newer(v) => words.storage_newer(v),
            StorageError::NotFound => words.storage_not_found().to_string(),
            StorageError::Taken => words.storage_taken().to_string(),
            StorageError::Gone => words.storage_gone().to_string(),
            StorageError::ErasedElsewhere => words.storage_erased_elsewhere().to_string(),
            StorageError::Other(e) => words.storage_other(e),
        }
    }
}

thread_local! {
    /// Set when another tab erased everything: no write is made from this
    /// tab until the person starts again ([`start_again`]).
    static ERASED_ELSEWHERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes a `storage` event from another tab; returns whether it says that
/// tab erased everything (from then on this tab writes nothing).
pub fn hear(key: Option<&str>, new_value: Option<&str>) -> bool {
    let erased = key == Some(ERASE_SIGNAL) && new_value.is_some();
    if erased {
        ERASED_ELSEWHERE.with(|e| e.set(true));
    }
    erased
}

/// After another tab erased everything, lets this tab write again (the
/// person chose to start again).
pub fn start_again() {
    ERASED_ELSEWHERE.with(|e| e.set(false));
}

/// The one door for writing a record: refused after an erase elsewhere.
fn write(key: &str, value: &str) -> Result<(), StorageError> {
    if ERASED_ELSEWHERE.with(|e| e.get()) {
        return Err(StorageError::ErasedElsewhere);
    }
    store().set(key, value)?;
    if key != KEEPING_KEY {
        // A record changed: it is not in the last backup. (A keeping
        // record that cannot be read is left as it is.)
        let _ = keeping::update(|k| k.note_change(crate::web::browser::now_ms()));
    }
    Ok(())
}

/// Writes a record only under a key that holds nothing yet: a record this
/// version cannot read is never replaced this way.
fn write_new(key: &str, value: &str) -> Result<(), StorageError> {
    if store().get(key)?.is_some() {
        return Err(StorageError::Taken);
    }
    write(key, value)
}

/// Whether this tab is a private session: everything is kept in session
/// storage only and is gone when the tab closes (for shared computers).
pub fn is_private() -> bool {
    backend::session()
        .and_then(|s| s.get_item(PRIVATE_FLAG).ok().flatten())
        .is_some()
}

/// Whether the browser refuses storage, so records live only in this page.
pub fn is_memory_only() -> bool {
    matches!(store(), Backend::Memory)
}

/// Starts or ends a private session in this tab. Ending it erases what was
/// entered during it.
pub fn set_private(on: bool) -> Result<(), StorageError> {
    let session = Backend::Browser(backend::session().ok_or(StorageError::Unavailable)?);
    if on {
        session.set(PRIVATE_FLAG, "1")
    } else {
        erase_in(&session)?;
        session.remove(PRIVATE_FLAG)
    }
}

/// The store this tab reads and writes: session storage in a private
/// session, local storage otherwise, and memory if the browser refuses both.
fn store() -> Backend {
    let browser = if is_private() {
        backend::session()
    } else {
        backend::local()
    };
    browser.map(Backend::Browser).unwrap_or(Backend::Memory)
}

fn erase_in(store: &Backend) -> Result<usize, StorageError> {
    let ours: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(APP_KEY_PREFIX) && k != PRIVATE_FLAG)
        .collect();
    for key in &ours {
        store.remove(key)?;
    }
    Ok(ours.len())
}

/// Erases everything Align 180 keeps in this browser (local storage, this
/// tab's private session, and memory); other sites' data is left alone.
/// Other tabs hear of it and write nothing back.
pub fn erase_everything() -> Result<usize, StorageError> {
    let mut erased = erase_in(&Backend::Memory)?;
    if let Some(local) = backend::local() {
        let local = Backend::Browser(local);
        erased += erase_in(&local)?;
        // Tell the other tabs; leave nothing behind.
        local.set(ERASE_SIGNAL, &crate::web::browser::now_ms().to_string())?;
        local.remove(ERASE_SIGNAL)?;
    }
    if let Some(session) = backend::session() {
        erased += erase_in(&Backend::Browser(session))?;
    }
    Ok(erased)
}

impl From<RecordProblem> for StorageError {
    fn from(problem: RecordProblem) -> StorageError {
        match problem {
            RecordProblem::NewerSchema(v) => StorageError::Newer(v),
            RecordProblem::Unreadable(reason) => StorageError::Unreadable(reason),
        }
    }
}

/// Whether this browser holds any Align 180 record (a returning visit).
pub fn holds_anything() -> bool {
    store()
        .keys()
        .unwrap_or_default()
        .iter()
        .any(|k| k.starts_with(APP_KEY_PREFIX) && k != PRIVATE_FLAG && k != LANGUAGE_KEY)
}

/// The raw text stored under one of our keys, exactly as it is (for
/// downloading a record the app cannot read).
pub fn raw(key: &str) -> Option<String> {
    store().get(key).ok().flatten()
}
