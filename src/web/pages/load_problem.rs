//! Shown when a page's record or link cannot be used: says why, in plain
//! words, what to do, and that nothing was changed.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::ShareError;
use crate::domain::records::assessment::Assessment;
use crate::domain::sets::instrument::Instrument;
use crate::web::state::{open_assessment, set_title, Opened};
use crate::web::storage::StorageError;
use leptos::prelude::*;

/// A page's assessment and its question set, or the page that says why it
/// cannot be opened (every assessment page starts with this).
pub fn open_or_explain(id: &str) -> Result<(Assessment, &'static Instrument), AnyView> {
    match open_assessment(id) {
        Ok(Opened {
            assessment,
            instrument,
        }) => Ok((assessment, instrument)),
        Err(error) => Err(view! { <LoadProblem error=error/> }.into_any()),
    }
}

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

/// A link (or code) that cannot be used: its problem, and whom to ask for
/// it again. One page for every kind of link.
#[component]
pub fn LinkProblem(
    /// The heading, e.g. "This cohort link cannot be used".
    heading: &'static str,
    /// Why the code was refused.
    error: ShareError,
    /// What to do, e.g. "Ask your trainer for the link again (or scan its QR code)."
    ask: &'static str,
) -> impl IntoView {
    view! {
        <h1 tabindex="-1" class="page-title">{heading}</h1>
        <p class="notice notice-error" role="alert">{error.to_string()}</p>
        <p>{ask}" Nothing was changed in this browser."</p>
        <p><a class="button" href=Route::Home.href()>"Go to the home page"</a></p>
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
