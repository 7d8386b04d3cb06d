//! State every page shares, in its own module so that the app shell and the
//! pages both depend on it and never on each other: the notices (a failed
//! save, data erased in another tab), this page's copy of answers that could
//! not be saved, and the one way a page opens an assessment.

use crate::domain::formats::stored::known_instrument;
use crate::domain::records::assessment::Assessment;
use crate::domain::sets::instrument::Instrument;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct Shared {
    /// The last save failure, shown until a save succeeds again.
    pub save_problem: RwSignal<Option<StorageError>>,
    /// An item the next questionnaire step should focus (from the review's "Change").
    pub focus_item: RwSignal<Option<String>>,
    /// The assessment as it stands on this page when it could not be saved:
    /// every page opens this copy instead of the stored one until it is
    /// saved, so no answer given is lost on the way.
    pub unsaved: RwSignal<Option<Assessment>>,
    /// Counts `storage` events from other tabs, so pages can reload.
    pub storage_events: RwSignal<u64>,
    /// Whether this tab is a private session (session storage only).
    pub private: RwSignal<bool>,
    /// Set when another tab erased everything: this tab writes nothing more
    /// until the person starts again.
    pub erased_elsewhere: RwSignal<bool>,
    /// An action that failed outside a form (a download, printing), said
    /// plainly until the next one succeeds.
    pub action_problem: RwSignal<Option<String>>,
    /// A new version of the app is downloaded and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// The person asked to open a link or restore: the paste field takes
    /// focus once the home page's tools are on screen.
    pub focus_paste: RwSignal<bool>,
}

impl Shared {
    /// The state for a new app.
    pub fn new() -> Shared {
        Shared {
            save_problem: RwSignal::new(None),
            focus_item: RwSignal::new(None),
            unsaved: RwSignal::new(None),
            storage_events: RwSignal::new(0),
            private: RwSignal::new(storage::is_private()),
            erased_elsewhere: RwSignal::new(false),
            action_problem: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            focus_paste: RwSignal::new(false),
        }
    }
}

impl Default for Shared {
    fn default() -> Shared {
        Shared::new()
    }
}

thread_local! {
    /// The app's one set of shared state, made when the app starts. Kept
    /// here rather than in a reactive context so that work finishing later
    /// (a download prepared by a piece, a file read) reaches it too.
    static SHARED: std::cell::OnceCell<Shared> = const { std::cell::OnceCell::new() };
}

/// The shared state, made the first time it is asked for (by the app shell,
/// before any page).
pub fn shared() -> Shared {
    SHARED.with(|s| {
        *s.get_or_init(|| {
            // Its signals live as long as the page: made under a root of their own.
            let owner = Owner::new_root(None);
            let state = owner.with(Shared::new);
            std::mem::forget(owner);
            state
        })
    })
}

/// Sets the browser tab's title, so every page is told apart in history and
/// by screen readers.
pub fn set_title(title: &str) {
    if let Some(doc) = crate::web::browser::document() {
        doc.set_title(&format!("{title} · Align 180"));
    }
}

/// An assessment opened for a page, with its questions.
#[derive(Clone, Debug)]
pub struct Opened {
    /// The assessment as the person last saw it.
    pub assessment: Assessment,
    /// Its question set.
    pub instrument: &'static Instrument,
}

/// Opens an assessment for a page: this page's copy if answers could not be
/// saved (it holds them), else the stored record; with its question set.
pub fn open_assessment(id: &str) -> Result<Opened, StorageError> {
    let unsaved = shared().unsaved.get_untracked().filter(|a| a.id == id);
    let assessment = match unsaved {
        Some(a) => a,
        None => storage::records::load::<Assessment>(id)?,
    };
    let instrument = known_instrument(&assessment.instrument)?;
    Ok(Opened {
        assessment,
        instrument,
    })
}
