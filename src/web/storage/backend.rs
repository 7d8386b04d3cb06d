//! Where records physically go: the browser's local storage, its session
//! storage (private sessions), or, when the browser refuses storage
//! altogether, this page's memory, so that people can still work and keep
//! their answers as a file.

use super::StorageError;
use crate::web::browser::window;
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

thread_local! {
    /// Records kept for this page only, when the browser refuses storage.
    static MEMORY: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// One key-value store.
pub enum Backend {
    /// A `localStorage` or `sessionStorage` object.
    Browser(web_sys::Storage),
    /// This page's memory (storage refused).
    Memory,
}

fn write_error(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other("unknown error".into()),
    }
}

/// The browser's session storage, if it allows it.
pub fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

/// The browser's local storage, if it allows it.
pub fn local() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

impl Backend {
    /// The value under `key`.
    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self {
            Backend::Browser(s) => s.get_item(key).map_err(write_error),
            Backend::Memory => Ok(MEMORY.with(|m| m.borrow().get(key).cloned())),
        }
    }

    /// Stores `value` under `key`.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            Backend::Browser(s) => s.set_item(key, value).map_err(write_error),
            Backend::Memory => {
                MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), value.to_string()));
                Ok(())
            }
        }
    }

    /// Removes `key`.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self {
            Backend::Browser(s) => s.remove_item(key).map_err(write_error),
            Backend::Memory => {
                MEMORY.with(|m| m.borrow_mut().remove(key));
                Ok(())
            }
        }
    }

    /// Every key.
    pub fn keys(&self) -> Result<Vec<String>, StorageError> {
        match self {
            Backend::Browser(s) => {
                let count = s.length().map_err(write_error)?;
                Ok((0..count).filter_map(|i| s.key(i).ok().flatten()).collect())
            }
            Backend::Memory => Ok(MEMORY.with(|m| m.borrow().keys().cloned().collect())),
        }
    }
}
