//! The one place that reads and writes browser storage. Every call returns a
//! `Result`: storage may be refused (blocked cookies, sandboxed pages), full,
//! or hold records this version cannot read, and the UI says so instead of
//! panicking. Unreadable records are reported and never overwritten.
//!
//! (gloo-storage is not used: its accessors panic when the browser refuses
//! storage, so this module takes `web_sys::Storage` as a `Result` itself.)

use crate::domain::assessment::Assessment;
use crate::domain::stored::{self, Decoded};
use crate::web::browser::window;
use wasm_bindgen::JsCast;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser refuses storage for this page.
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// The record exists but this version cannot read it; it is kept as is.
    Unreadable(String),
    /// The record was written by a newer Align 180; it is kept as is.
    Newer(u32),
    /// No record with that id.
    NotFound,
    /// Anything else the browser reported.
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "This browser is not allowing Align 180 to save anything (storage is blocked for this page)."
            ),
            StorageError::Full => write!(f, "This browser's storage for Align 180 is full."),
            StorageError::Unreadable(reason) => {
                write!(f, "This saved assessment could not be read: {reason}. It has been left untouched.")
            }
            StorageError::Newer(v) => write!(
                f,
                "This assessment was saved by a newer version of Align 180 (data version {v}). It has been left untouched."
            ),
            StorageError::NotFound => write!(f, "There is no saved assessment at this address in this browser."),
            StorageError::Other(e) => write!(f, "The browser could not save: {e}"),
        }
    }
}

/// The flag, kept in session storage, that marks a private session.
const PRIVATE_FLAG: &str = "align180.private-session";

fn session_storage() -> Result<web_sys::Storage, StorageError> {
    window()
        .ok_or(StorageError::Unavailable)?
        .session_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

fn persistent_storage() -> Result<web_sys::Storage, StorageError> {
    window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Whether this tab is a private session: everything is kept in session
/// storage only and is gone when the tab closes (for shared computers).
pub fn is_private() -> bool {
    session_storage()
        .ok()
        .and_then(|s| s.get_item(PRIVATE_FLAG).ok().flatten())
        .is_some()
}

/// Starts or ends a private session in this tab. Ending it erases what was
/// entered during it.
pub fn set_private(on: bool) -> Result<(), StorageError> {
    let session = session_storage()?;
    if on {
        session.set_item(PRIVATE_FLAG, "1").map_err(write_error)
    } else {
        erase_in(&session)?;
        session.remove_item(PRIVATE_FLAG).map_err(write_error)
    }
}

/// The storage this tab reads and writes: session storage in a private
/// session, local storage otherwise.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    if is_private() {
        session_storage()
    } else {
        persistent_storage()
    }
}

fn erase_in(storage: &web_sys::Storage) -> Result<usize, StorageError> {
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    let ours: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(stored::APP_KEY_PREFIX) && k != PRIVATE_FLAG)
        .collect();
    for key in &ours {
        storage.remove_item(key).map_err(write_error)?;
    }
    Ok(ours.len())
}

/// Erases everything Align 180 keeps in this browser's storage (this tab's
/// private session included); other sites' data is left alone.
pub fn erase_everything() -> Result<usize, StorageError> {
    let mut erased = erase_in(&persistent_storage()?)?;
    if let Ok(session) = session_storage() {
        erased += erase_in(&session)?;
    }
    Ok(erased)
}

/// The raw text stored under one of our keys, exactly as it is (for
/// downloading a record the app cannot read).
pub fn raw(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

/// Applies `edit` to the freshest stored copy of an assessment and saves it,
/// so that answers given meanwhile in another tab are kept. Returns the
/// saved assessment. If the stored copy cannot be read, nothing is written.
pub fn update(id: &str, edit: impl FnOnce(&mut Assessment)) -> Result<Assessment, StorageError> {
    let mut assessment = load(id)?;
    edit(&mut assessment);
    save(&assessment)?;
    Ok(assessment)
}

fn write_error(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other("unknown error".into()),
    }
}

/// One entry of the saved-assessments list.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    /// A readable assessment.
    Readable(Box<Assessment>),
    /// A record under one of our keys that could not be read.
    Problem {
        /// The storage key, kept so the raw text can be offered for download.
        key: String,
        /// What is wrong, in plain words.
        error: StorageError,
    },
}

/// Every assessment saved in this browser, newest first, with any records
/// that could not be read listed after them.
pub fn list() -> Result<Vec<Listed>, StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    let mut readable = Vec::new();
    let mut problems = Vec::new();
    for i in 0..count {
        let Ok(Some(key)) = storage.key(i) else {
            continue;
        };
        if stored::assessment_id_from_key(&key).is_none() {
            continue;
        }
        let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
        match stored::decode(&key, &raw) {
            Decoded::Assessment(a) => readable.push(a),
            Decoded::NewerSchema(v) => problems.push(Listed::Problem {
                key,
                error: StorageError::Newer(v),
            }),
            Decoded::Unreadable(reason) => problems.push(Listed::Problem {
                key,
                error: StorageError::Unreadable(reason),
            }),
        }
    }
    readable.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(readable
        .into_iter()
        .map(Listed::Readable)
        .chain(problems)
        .collect())
}

/// Loads one assessment.
pub fn load(id: &str) -> Result<Assessment, StorageError> {
    let storage = local_storage()?;
    let key = stored::assessment_key(id);
    let raw = storage
        .get_item(&key)
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::NotFound)?;
    match stored::decode(&key, &raw) {
        Decoded::Assessment(a) => Ok(*a),
        Decoded::NewerSchema(v) => Err(StorageError::Newer(v)),
        Decoded::Unreadable(reason) => Err(StorageError::Unreadable(reason)),
    }
}

/// Saves an assessment, replacing its previous version.
pub fn save(assessment: &Assessment) -> Result<(), StorageError> {
    let storage = local_storage()?;
    storage
        .set_item(
            &stored::assessment_key(&assessment.id),
            &stored::encode(assessment),
        )
        .map_err(write_error)
}

/// Deletes an assessment.
pub fn delete(id: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(&stored::assessment_key(id))
        .map_err(write_error)
}
