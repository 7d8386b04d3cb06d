//! Safari's 7-day deletion, said plainly, with the two ways round it (the
//! Home Screen, a backup). Only Safari outside Home Screen mode sees it;
//! other browsers are never told about Safari.

use crate::web::language::t;
use crate::web::safari::deletes_after_a_week;
use crate::web::storage::keeping;
use leptos::prelude::*;

/// The notice. Dismissible in the app's notices (it is remembered), always
/// shown in "Your data".
#[component]
pub fn SafariNotice(
    /// Whether it has a "Got it" button (and hides once dismissed).
    dismissible: bool,
) -> impl IntoView {
    if !deletes_after_a_week() {
        return ().into_any();
    }
    let changes = keeping::changes();
    let dismissed = move || {
        changes.track();
        dismissible
            && keeping::load()
                .map(|k| k.safari_notice_dismissed)
                .unwrap_or(false)
    };
    let problem = RwSignal::new(None::<String>);
    let dismiss = move |_| {
        if let Err(e) = keeping::update(|k| k.safari_notice_dismissed = true) {
            problem.set(Some(e.describe(t())));
        }
    };
    view! {
        <Show when=move || !dismissed()>
            <div class="notice safari-notice" id=if dismissible { "safari-notice" } else { "safari-notice-data" }>
                <p><strong>{t().safari_title()}</strong></p>
                <p>{t().safari_text()}</p>
                {dismissible.then(|| view! {
                    <button type="button" class="button small" id="safari-dismiss" on:click=dismiss>{t().safari_got_it()}</button>
                })}
                <p class="field-error">{move || problem.get()}</p>
            </div>
        </Show>
    }
    .into_any()
}
