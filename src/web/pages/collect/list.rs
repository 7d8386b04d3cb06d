//! The collectors in this browser, listed on the home page's tools and on
//! "Collect a team's answers": each with how many codes wait for release.

use crate::domain::formats::route::Route;
use crate::domain::records::collector::Collector;
use crate::web::language::t;
use crate::web::storage::records;
use leptos::prelude::*;

/// The list, or nothing when this browser holds no collector.
#[component]
pub fn CollectorRows() -> impl IntoView {
    let here = records::readable::<Collector>();
    (!here.is_empty()).then(|| {
        let rows = here
            .into_iter()
            .map(|c| {
                let held: usize = c.pulses.iter().map(|p| p.held.len()).sum();
                view! {
                    <li class="cohort-row">
                        <a href=Route::Collector { collector: c.id.clone() }.href()>{t().collect_list_item(&c.name)}</a>
                        <span class="visually-hidden">", "</span>
                        <span class="meta">{t().collect_list_held(held)}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cohort-list">{rows}</ul> }
    })
}
