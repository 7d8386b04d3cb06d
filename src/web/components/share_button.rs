//! A Share button that opens the phone's share sheet (see
//! [`crate::web::web_share`]); absent where the browser has none, and a
//! failure is said beside it.

use crate::web::language::t;
use crate::web::web_share::{can_share, share, Shareable};
use leptos::prelude::*;

/// A Share button for `what`, shown only where the browser can share it.
#[component]
pub fn ShareButton(
    /// The link or file to share.
    what: Shareable,
    /// The button's words, e.g. "Share the link".
    label: &'static str,
    /// The button's id, for tests and labels.
    id: &'static str,
) -> impl IntoView {
    if !can_share(&what) {
        return ().into_any();
    }
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        let what = what.clone();
        leptos::task::spawn_local(async move {
            let result = share(&what).await;
            let _ = problem.try_set(result.err().map(|e| t().share_sheet_failed(&e)));
        });
    };
    view! {
        <button type="button" class="button" id=id on:click=open>{label}</button>
        <span class="field-error" role="alert">{move || problem.get()}</span>
    }
    .into_any()
}
