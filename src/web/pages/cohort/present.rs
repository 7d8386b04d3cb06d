//! The cohort dashboard alone, in large type, for a projector. The header
//! and footer step aside; Escape or the button returns to the cohort page.

use super::dashboard::Dashboard;
use super::page::{enter_full_screen, CohortProblem};
use crate::domain::cohort::aggregate::cohort_picture;
use crate::domain::route::Route;
use crate::web::browser::document;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::cohorts;
use leptos::prelude::*;

fn leave_full_screen() {
    if let Some(doc) = document() {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// The page for `#/cohort/<id>/present`.
#[component]
pub fn PresentCohortPage(id: String) -> impl IntoView {
    let cohort = match cohorts::load(&id) {
        Ok(c) => c,
        Err(error) => return view! { <CohortProblem error=error/> }.into_any(),
    };
    let Some((instrument, picture)) = cohort_picture(&cohort) else {
        return view! { <p class="notice notice-error">"This cohort's questions are not known to this version."</p> }.into_any();
    };
    set_title(&format!("{} · presenting", cohort.name));
    let back = Route::Cohort { cohort: id.clone() };
    let back_key = back.clone();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            navigate(&back_key);
        }
    });
    on_cleanup(move || {
        handle.remove();
        leave_full_screen();
    });
    let exit = move |_| {
        leave_full_screen();
        navigate(&back);
    };
    view! {
        <div class="projector">
            <div class="section-head">
                <h1 tabindex="-1" class="page-title">{cohort.name.clone()}</h1>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| enter_full_screen()>"Full screen"</button>
                    <button type="button" class="button" id="exit-present" on:click=exit>"Exit presentation"</button>
                </div>
            </div>
            <Dashboard instrument=instrument picture=picture large=true/>
        </div>
    }
    .into_any()
}
