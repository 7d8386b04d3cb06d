//! Shown for any address the app does not know.

use crate::web::language::t;
use crate::web::state::set_title;
use leptos::prelude::*;

/// "Page not found", with the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title(t().not_found_title());
    view! {
        <h1 tabindex="-1" class="page-title">{t().not_found_title()}</h1>
        <p>{t().not_found_text()}</p>
        <p><a class="button" href="#/">{t().shell_go_to_assessments()}</a></p>
    }
}
