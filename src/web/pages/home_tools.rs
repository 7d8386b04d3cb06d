//! The home page's tools, downloaded as one piece when the home page first
//! shows: the leader's team pulses, the trainer's cohorts, import, and the
//! "Your data" panel. They are trainers' and careful users' things, so the
//! first question never waits for them.

use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::web::language::t;
use crate::web::pages::collect::list::CollectorRows;
use crate::web::pages::data_panel::DataPanel;
use crate::web::pages::import::ImportPanel;
use crate::web::pages::pulse::list::PulseList;
use crate::web::storage;
use leptos::prelude::*;

/// The tools below the home page's list; `refresh` re-reads that list after
/// an import or an erase.
#[component]
pub fn HomeTools(refresh: Callback<()>) -> impl IntoView {
    let cohorts = RwSignal::new(storage::records::list::<Cohort>());
    let pulses = RwSignal::new(storage::records::list());
    let changed = Callback::new(move |_| {
        cohorts.set(storage::records::list::<Cohort>());
        pulses.set(storage::records::list());
        refresh.run(());
    });
    view! {
        <PulseList listing=pulses/>
        <CollectorList/>
        <CohortList listing=cohorts/>
        <ImportPanel on_imported=changed/>
        <DataPanel on_changed=changed/>
    }
}

/// "Collect a team's answers": the collectors in this browser, and the way
/// to become one (for a team member, HR or a trainer the team trusts).
#[component]
pub fn CollectorList() -> impl IntoView {
    view! {
        <section aria-labelledby="collect-heading" class="collectors section-block">
            <h2 id="collect-heading">{t().home_collect_heading()}</h2>
            <p>{t().home_collect_intro()}</p>
            <CollectorRows/>
            <div class="actions">
                <a class="button" id="become-collector" href=Route::Collect.href()>{t().home_collect()}</a>
            </div>
        </section>
    }
}

/// The trainer's cohorts in this browser, and the way to create one (in
/// the home page's tools piece: trainers' things load on demand).
#[component]
pub fn CohortList(
    listing: RwSignal<Result<storage::records::Listing<Cohort>, storage::StorageError>>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="cohorts-heading" class="cohorts section-block">
            <h2 id="cohorts-heading">{t().home_for_trainers()}</h2>
            <p>{t().home_cohorts_intro()}</p>
            {move || match listing.get() {
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
                Ok((cohorts, problems)) => {
                    let rows = cohorts
                        .into_iter()
                        .map(|c| {
                            let count = c.participants.len();
                            view! {
                                <li class="cohort-row" data-cohort=c.id.clone()>
                                    <a href=Route::Cohort { cohort: c.id.clone() }.href()>{c.name.clone()}</a>
                                    <span class="visually-hidden">", "</span>
                                    <span class="meta">{t().home_cohort_shared(count)}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    let problem_rows = problems
                        .into_iter()
                        .map(|(key, error)| { let shown = key.clone(); view! { <li data-key=key><code>{shown}</code>": "{error.describe(t())}</li> } })
                        .collect::<Vec<_>>();
                    let has_problems = !problem_rows.is_empty();
                    view! {
                        <ul class="cohort-list">{rows}</ul>
                        {has_problems.then(|| view! {
                            <div class="notice notice-error problems" role="alert">
                                <p>{t().home_unreadable_cohorts()}</p>
                                <ul class="problem-list">{problem_rows}</ul>
                            </div>
                        })}
                    }
                    .into_any()
                }
            }}
            <div class="actions">
                <a class="button" href=Route::NewCohort.href()>{t().home_create_cohort()}</a>
                <a class="button" href=Route::Instruments.href()>{t().home_question_sets()}</a>
            </div>
        </section>
    }
}
