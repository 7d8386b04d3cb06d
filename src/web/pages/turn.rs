//! The clear screen between turns on one device. It shows nobody's answers:
//! it only says whose turn it is, so the device can be handed over.

use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::response::Rater;
use crate::web::browser::focus;
use crate::web::language::t;
use crate::web::pages::load_problem::{open_or_explain, NotThisDevice};
use crate::web::state::set_title;
use leptos::prelude::*;

/// "Sam's turn": hand the device over.
#[component]
pub fn TurnPage(id: String, rater: Rater) -> impl IntoView {
    let (assessment, instrument) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    if !assessment.takes_turn_here(rater) {
        return view! { <NotThisDevice leader=assessment.leader/> }.into_any();
    }
    let count = instrument.item_count();
    let who = assessment.display_name(rater, t());
    let other = assessment.display_name(Assessment::other(rater), t());
    let leader = assessment.leader.clone();
    set_title(&t().turn_title(&who));
    request_animation_frame(|| {
        focus("#turn-start");
    });

    let submitted = assessment.response(rater).is_some_and(|r| r.is_submitted());
    if submitted {
        return view! {
            <h1 tabindex="-1" class="page-title">{t().turn_already_submitted(&who)}</h1>
            <p>{t().turn_already_submitted_text(&who)}</p>
            <p><a class="button primary" id="turn-start" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
        }
        .into_any();
    }
    let (explain, action) = match rater {
        Rater::Manager => (
            t().turn_to_manager(&who, &leader, &count),
            t().turn_start_manager(&leader, &who),
        ),
        Rater::Leader => (t().turn_to_leader(&who, &other), t().turn_continue(&who)),
    };
    let start = assessment.resume_route(rater, instrument);
    view! {
        <section class="turn" aria-labelledby="turn-title">
            <h1 tabindex="-1" class="page-title" id="turn-title">{t().turn_title(&who)}</h1>
            <p class="lead">{explain}</p>
            <p><a class="button primary" id="turn-start" href=start.href()>{action}</a></p>
            <p><a href=Route::Home.href()>{t().turn_not_now()}</a></p>
        </section>
    }
    .into_any()
}
