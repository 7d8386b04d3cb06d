//! The trainer's form that creates a cohort.

use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{focus, now_ms, random_id, random_nonce};
use crate::web::pages::instruments::choice::InstrumentChoice;
use crate::web::pending::Pending;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::{self, records};
use leptos::prelude::*;

/// The page for `#/cohorts/new`.
#[component]
pub fn NewCohortPage() -> impl IntoView {
    set_title("Create a cohort");
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
        let saved = created.map_err(|e| e.to_string()).and_then(|cohort| {
            storage::instruments::keep(chosen.get_untracked())
                .and_then(|()| records::create(&cohort))
                .map(|()| cohort)
                .map_err(|e| e.to_string())
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
        <h1 tabindex="-1" class="page-title">"Create a cohort"</h1>
        <p class="lead">
            "A cohort gives you one link for a whole group. Each participant opens it and takes the assessment in their own browser; "
            "at the end, those who choose to can send you an anonymous code (ratings and priorities only, no names, no reflections). "
            "You gather the codes here and show the group's picture on a projector. Nothing passes through a server."
        </p>
        <form class="start-form" on:submit=on_submit novalidate>
            <div class="field">
                <label for="cohort-name">"Cohort name (participants see it)"</label>
                <input id="cohort-name" type="text" required maxlength="80" placeholder="e.g. Directors, Spring 2027"
                    aria-describedby="cohort-error"
                    prop:value=move || name.get()
                    on:input=move |ev| { name.set(event_target_value(&ev)); error.set(None); }/>
            </div>
            <InstrumentChoice chosen=chosen/>
            <p id="cohort-error" class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || pending.busy() aria-busy=move || pending.busy().to_string()>"Create the cohort"</button>
                <a href="#/" class="button">"Cancel"</a>
            </div>
        </form>
    }
}
