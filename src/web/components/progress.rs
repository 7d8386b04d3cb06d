//! The questionnaire's progress bar: a native `<progress>` with its figure
//! in words ("12 of 25 answered").

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
    let text = move || format!("{} of {total} answered", answered.get());
    view! {
        <div class="progress">
            <progress id="progress-bar" max=total value=move || answered.get() aria-label="Answered so far"></progress>
            <label for="progress-bar" class="progress-text" aria-live="polite">{text}</label>
        </div>
    }
}
