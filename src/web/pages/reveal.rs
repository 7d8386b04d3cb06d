//! "Both views are in": a short pause before the comparison opens.

use crate::domain::formats::route::Route;
use crate::web::browser::focus;
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The reveal step.
#[component]
pub fn RevealPage(id: String) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    if !assessment.both_submitted() {
        // Nothing to reveal yet: the report page says what is missing.
        return view! { <crate::web::pages::report::ReportPage id=id/> }.into_any();
    }
    set_title(t().reveal_title());
    request_animation_frame(|| {
        focus("#open-report");
    });
    let leader = assessment.leader.clone();
    let manager = assessment.display_name(crate::domain::records::response::Rater::Manager, t());
    view! {
        <section class="reveal" aria-labelledby="reveal-title">
            <h1 tabindex="-1" class="page-title" id="reveal-title">{t().reveal_title()}</h1>
            <p class="lead">
                {t().reveal_lead(&leader, &manager)}
            </p>
            <p><a class="button primary" id="open-report" href=Route::Report { assessment: id }.href()>{t().reveal_open_report()}</a></p>
        </section>
    }
    .into_any()
}
