//! Shown when a page's assessment cannot be loaded: says why, in plain words,
//! and that nothing was changed.

use crate::web::state::set_title;
use crate::web::storage::StorageError;
use leptos::prelude::*;

/// Explains why an assessment could not be opened.
#[component]
pub fn LoadProblem(
    /// What went wrong.
    error: StorageError,
) -> impl IntoView {
    set_title("Assessment not available");
    view! {
        <h1 tabindex="-1" class="page-title">"This assessment cannot be opened"</h1>
        <p class="notice notice-error" role="alert">{error.to_string()}</p>
        <p><a class="button" href="#/">"Go to your assessments"</a></p>
    }
}

/// Shown on the manager's device where a page would take the leader's
/// steps: the leader answers on their own device.
#[component]
pub fn NotThisDevice(
    /// The leader's name.
    leader: String,
) -> impl IntoView {
    set_title("Not on this device");
    view! {
        <h1 tabindex="-1" class="page-title">{format!("{leader} answers on their own device")}</h1>
        <p id="not-this-device">{format!("This device holds your rating of {leader}. {leader}'s self-assessment is taken on their own device, and arrives here with the comparison they send back.")}</p>
        <p><a class="button" href="#/">"Go to your assessments"</a></p>
    }
}
