//! The clear screen between turns on one device. It shows nobody's answers:
//! it only says whose turn it is, so the device can be handed over.

use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::response::Rater;
use crate::web::browser::focus;
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
    let who = assessment.display_name(rater);
    let other = assessment.display_name(Assessment::other(rater));
    let leader = assessment.leader.clone();
    set_title(&format!("{who}'s turn"));
    request_animation_frame(|| {
        focus("#turn-start");
    });

    let submitted = assessment.response(rater).is_some_and(|r| r.is_submitted());
    if submitted {
        return view! {
            <h1 tabindex="-1" class="page-title">{format!("{who} has already submitted")}</h1>
            <p>{format!("{who}'s answers are in and can no longer be changed.")}</p>
            <p><a class="button primary" id="turn-start" href=Route::Home.href()>"Go to your assessments"</a></p>
        }
        .into_any();
    }
    let (explain, action) = match rater {
        Rater::Manager => (
            format!(
                "Please hand this device to {who}. {who} rates how often {leader} shows the same {count} behaviours. \
                 {leader}'s answers stay hidden while {who} rates, and {who}'s stay hidden from {leader} until both have submitted."
            ),
            format!("Start rating {leader} as {who}"),
        ),
        Rater::Leader => (
            format!(
                "Please hand this device back to {who}. {other}'s answers are saved and hidden until {who} has submitted too; \
                 then the comparison opens for both of you."
            ),
            format!("Continue as {who}"),
        ),
    };
    let start = assessment.resume_route(rater, instrument);
    view! {
        <section class="turn" aria-labelledby="turn-title">
            <h1 tabindex="-1" class="page-title" id="turn-title">{format!("{who}'s turn")}</h1>
            <p class="lead">{explain}</p>
            <p><a class="button primary" id="turn-start" href=start.href()>{action}</a></p>
            <p><a href=Route::Home.href()>"Not now: back to all assessments"</a></p>
        </section>
    }
    .into_any()
}
