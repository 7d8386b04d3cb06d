//! One click, one record: an action that creates something (an assessment,
//! a cohort, the next cycle) runs once, however fast the button is pressed
//! again; its button shows it is busy until the action fails (and may be
//! tried again) or the page moves on.

use leptos::prelude::*;

/// Whether a creating action is under way.
#[derive(Clone, Copy)]
pub struct Pending(RwSignal<bool>);

impl Pending {
    /// Nothing under way yet.
    pub fn new() -> Pending {
        Pending(RwSignal::new(false))
    }

    /// Starts the action: false if it is already under way (a second click),
    /// in which case the caller does nothing.
    pub fn start(&self) -> bool {
        if self.0.get_untracked() {
            return false;
        }
        self.0.set(true);
        true
    }

    /// The action failed: it may be tried again.
    pub fn failed(&self) {
        self.0.set(false);
    }

    /// For the button's `disabled` and `aria-busy`.
    pub fn busy(&self) -> bool {
        self.0.get()
    }
}

impl Default for Pending {
    fn default() -> Pending {
        Pending::new()
    }
}
