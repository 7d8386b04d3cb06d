//! Starting a self-assessment: the leader's name, and optionally the
//! manager's name and a cycle label.

use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Membership;
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{focus_in_place, now_ms, random_id};
use crate::web::language::t;
use crate::web::pages::instruments::choice::InstrumentChoice;
use crate::web::pending::Pending;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

/// The start page.
#[component]
pub fn StartPage() -> impl IntoView {
    set_title(t().start_title());
    view! {
        <h1 tabindex="-1" class="page-title">{t().start_title()}</h1>
        <StartForm instrument=Instrument::sparc_180() cohort=None/>
    }
}

/// The form that starts a self-assessment, on its own page or from a
/// cohort link (then the assessment is tagged with the cohort).
#[component]
pub fn StartForm(
    /// The questions to answer.
    instrument: &'static Instrument,
    /// The cohort this assessment belongs to, if started from a cohort link.
    cohort: Option<Membership>,
) -> impl IntoView {
    // A cohort link fixes the questions; otherwise the person may choose.
    let fixed = cohort.is_some();
    let chosen = RwSignal::new(instrument);
    let leader = RwSignal::new(String::new());
    let manager = RwSignal::new(String::new());
    let cycle = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let pending = Pending::new();
    request_animation_frame(|| {
        focus_in_place("#leader-name");
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !pending.start() {
            return;
        }
        let instrument = chosen.get_untracked();
        let created = Assessment::new(
            random_id(),
            instrument,
            &leader.get_untracked(),
            &manager.get_untracked(),
            &cycle.get_untracked(),
            now_ms(),
        );
        match created {
            Err(e) => {
                pending.failed();
                error.set(Some(e.describe(t())));
            }
            Ok(mut assessment) => {
                assessment.cohort = cohort.clone();
                match storage::instruments::keep(instrument)
                    .and_then(|()| storage::records::create(&assessment))
                {
                    Err(e) => {
                        pending.failed();
                        error.set(Some(e.describe(t())));
                    }
                    Ok(()) => navigate(&Route::Questionnaire {
                        assessment: assessment.id.clone(),
                        rater: Rater::Leader,
                        step: Step::first().slug(instrument),
                    }),
                }
            }
        }
    };

    view! {
        <p class="lead">{move || {
            let instrument = chosen.get();
            t().start_lead(
                &instrument.item_count(),
                &instrument.priorities_limit,
                &instrument.reflections.len(),
            )
        }}</p>
        <form class="start-form" on:submit=on_submit novalidate>
            {(!fixed).then(|| view! { <InstrumentChoice chosen=chosen/> })}
            <div class="field">
                <label for="leader-name">{t().start_leader_label()}</label>
                <input id="leader-name" name="leader" type="text" autocomplete="name" required maxlength="80"
                    aria-describedby="leader-error"
                    prop:value=move || leader.get()
                    on:input=move |ev| { leader.set(event_target_value(&ev)); error.set(None); }/>
            </div>
            <div class="field">
                <label for="manager-name">{t().start_manager_label()}" "<span class="optional">{t().start_optional()}</span></label>
                <input id="manager-name" name="manager" type="text" maxlength="80"
                    prop:value=move || manager.get()
                    on:input=move |ev| manager.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="cycle-label">{t().start_cycle_label()}" "<span class="optional">{t().start_optional()}</span></label>
                <input id="cycle-label" name="cycle" type="text" maxlength="80" placeholder=t().start_cycle_placeholder()
                    prop:value=move || cycle.get()
                    on:input=move |ev| cycle.set(event_target_value(&ev))/>
            </div>
            <p id="leader-error" class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || pending.busy() aria-busy=move || pending.busy().to_string()>{t().start_submit()}</button>
                <a href="#/" class="button">{t().start_cancel()}</a>
            </div>
        </form>
    }
}
