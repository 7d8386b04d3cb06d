//! What the app remembers about keeping data safe ([`Keeping`]: the
//! browser's answer to "keep this site's data", the last backup, changes
//! since, "Not now"), under one key beside the records, so it is in the same
//! store, erased with everything, and never written over when unreadable.

use super::{store, StorageError};
use crate::domain::base::keys::KEEPING_KEY;
use crate::domain::formats::stored::keeping as stored;
use crate::domain::records::keeping::Keeping;
use leptos::prelude::*;

thread_local! {
    /// Counts changes to [`Keeping`] made by this tab, so what shows it
    /// (the reminder, "Your data") reads it again.
    static CHANGES: std::cell::OnceCell<RwSignal<u64>> = const { std::cell::OnceCell::new() };
}

/// A signal that changes whenever this tab changes [`Keeping`].
pub fn changes() -> RwSignal<u64> {
    CHANGES.with(|c| {
        *c.get_or_init(|| {
            let owner = Owner::new_root(None);
            let signal = owner.with(|| RwSignal::new(0));
            std::mem::forget(owner);
            signal
        })
    })
}

/// What is remembered (nothing yet: the default).
pub fn load() -> Result<Keeping, StorageError> {
    match store().get(KEEPING_KEY)? {
        None => Ok(Keeping::default()),
        Some(raw) => stored::decode(&raw).map_err(StorageError::from),
    }
}

/// Applies `edit` to what is remembered and saves it; a record this version
/// cannot read is left as it is.
pub fn update(edit: impl FnOnce(&mut Keeping)) -> Result<Keeping, StorageError> {
    let mut keeping = load()?;
    let before = keeping.clone();
    edit(&mut keeping);
    if keeping != before {
        super::write(KEEPING_KEY, &stored::encode(&keeping))?;
        // Told once the page is on screen: a change made while one page
        // replaces another must not reach the one going away.
        request_animation_frame(|| changes().update(|n| *n += 1));
    }
    Ok(keeping)
}
