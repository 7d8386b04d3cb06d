//! The trainer's form that creates a cohort.

use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{focus, now_ms, random_id, random_nonce};
use crate::web::language::t;
use crate::web::pages::instruments::choice::InstrumentChoice;
use crate::web::pending::Pending;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::{self, records};
use leptos::prelude::*;

/// The page for `#/cohorts/new`.
#[component]
pub fn NewCohortPage() -> impl IntoView {
    set_title(t().cohort_new_title());
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(Instrument::sparc_180());
    let error = RwSignal::new(None::<String>);
    let pending = Pending::new();
    request_animation_frame(|| {
        focus("#cohort-name");
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !pending.start() {
            return;
        }
        let created = Cohort::new(
            random_id(),
            &name.get_untracked(),
            chosen.get_untracked(),
            random_nonce(),
            now_ms(),
        );
        let saved = created.map_err(|e| e.describe(t())).and_then(|cohort| {
            storage::instruments::keep(chosen.get_untracked())
                .and_then(|()| records::create(&cohort))
                .map(|()| cohort)
                .map_err(|e| e.describe(crate::web::language::t()))
        });
        match saved {
            Err(e) => {
                pending.failed();
                error.set(Some(e));
            }
            Ok(cohort) => navigate(&Route::Cohort { cohort: cohort.id }),
        }
    };
    view! {
        <h1 tabindex="-1" class="page-title">{t().cohort_new_title()}</h1>
        <p class="lead">{t().cohort_new_lead()}</p>
        <form class="start-form" on:submit=on_submit novalidate>
            <div class="field">
                <label for="cohort-name">{t().cohort_name_label()}</label>
                <input id="cohort-name" type="text" required maxlength="80" placeholder=t().cohort_name_placeholder()
                    aria-describedby="cohort-error"
                    prop:value=move || name.get()
                    on:input=move |ev| { name.set(event_target_value(&ev)); error.set(None); }/>
            </div>
            <InstrumentChoice chosen=chosen/>
            <p id="cohort-error" class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || pending.busy() aria-busy=move || pending.busy().to_string()>{t().cohort_create()}</button>
                <a href="#/" class="button">{t().cohort_cancel()}</a>
            </div>
        </form>
    }
}
