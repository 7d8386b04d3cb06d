//! Shown for any address the app does not know.

use crate::web::state::set_title;
use leptos::prelude::*;

/// "Page not found", with the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title("Page not found");
    view! {
        <h1 tabindex="-1" class="page-title">"Page not found"</h1>
        <p>"This address does not match any page of Align 180. The link may be incomplete."</p>
        <p><a class="button" href="#/">"Go to your assessments"</a></p>
    }
}
