//! The questionnaire's progress bar: a native `<progress>` with its figure
//! in words ("12 of 25 answered").

use crate::web::language::t;
use leptos::prelude::*;

/// Shows how many items are answered.
#[component]
pub fn Progress(
    /// Items answered so far.
    #[prop(into)]
    answered: Signal<usize>,
    /// Items in all.
    total: usize,
) -> impl IntoView {
    let text = move || t().progress_answered(&answered.get(), &total);
    view! {
        <div class="progress">
            <progress id="progress-bar" max=total value=move || answered.get() aria-label=t().progress_label()></progress>
            <label for="progress-bar" class="progress-text" aria-live="polite">{text}</label>
        </div>
    }
}
