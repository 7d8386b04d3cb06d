//! The team pulses in this browser, on the home page (with the tools): each
//! with its count, and any record that could not be read, left as it was.

use crate::domain::formats::route::Route;
use crate::domain::records::pulse::Pulse;
use crate::web::language::t;
use crate::web::storage::records::Listing;
use crate::web::storage::StorageError;
use leptos::prelude::*;

/// The list; nothing at all when this browser holds no team pulse.
#[component]
pub fn PulseList(listing: RwSignal<Result<Listing<Pulse>, StorageError>>) -> impl IntoView {
    move || {
        match listing.get() {
        Err(e) => Some(
            view! { <p class="notice notice-error" role="alert">{e.describe(crate::web::language::t())}</p> }.into_any(),
        ),
        Ok((pulses, problems)) if pulses.is_empty() && problems.is_empty() => None,
        Ok((pulses, problems)) => {
            let rows = pulses
                .into_iter()
                .map(|p| {
                    let count = p.answered();
                    let name = [Some(p.leader.clone()), p.cycle.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    view! {
                        <li class="cohort-row" data-pulse=p.id.clone()>
                            <a href=Route::TeamPulse { pulse: p.id.clone() }.href()>{t().pulse_list_item(&name)}</a>
                            <span class="visually-hidden">", "</span>
                            <span class="meta">{t().pulse_list_answers(count)}</span>
                        </li>
                    }
                })
                .collect_view();
            let problem_rows = problems
                .into_iter()
                .map(|(key, error)| {
                    let shown = key.clone();
                    view! { <li data-key=key><code>{shown}</code>": "{error.describe(crate::web::language::t())}</li> }
                })
                .collect::<Vec<_>>();
            let has_problems = !problem_rows.is_empty();
            Some(view! {
                <section aria-labelledby="pulses-heading" class="pulses section-block">
                    <h2 id="pulses-heading">{t().pulse_list_heading()}</h2>
                    <ul class="cohort-list">{rows}</ul>
                    {has_problems.then(|| view! {
                        <div class="notice notice-error problems" role="alert">
                            <p>{t().pulse_list_unreadable()}</p>
                            <ul class="problem-list">{problem_rows}</ul>
                        </div>
                    })}
                </section>
            }
            .into_any())
        }
    }
    }
}
