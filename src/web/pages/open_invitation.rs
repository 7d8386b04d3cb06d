//! An invitation link opened on the manager's device: who is asking and why,
//! then the manager's own copy of the assessment to rate.

use crate::domain::formats::exchange::assessment_from_invitation;
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::invitation::Invitation;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
use crate::web::browser::{focus, now_ms};
use crate::web::pages::load_problem::LinkProblem;
use crate::web::router::navigate;
use crate::web::state::{set_title, shared};
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// The page for `#/invite/<code>`.
#[component]
pub fn OpenInvitationPage(code: String) -> impl IntoView {
    set_title("Invitation");
    let invitation = match Invitation::decode(code_in(&code)) {
        Ok(i) => i,
        Err(e) => {
            return view! {
                <LinkProblem heading="This invitation link cannot be used" error=e
                    ask="Ask the leader to send the link again, copied whole."/>
            }
            .into_any();
        }
    };
    let leader = invitation.leader.clone();
    let instrument = invitation.instrument;
    let existing = match storage::records::load::<Assessment>(&invitation.assessment_id) {
        Ok(a) => Some(a),
        Err(StorageError::NotFound) => None,
        Err(error) => {
            return view! { <crate::web::pages::load_problem::LoadProblem error=error/> }
                .into_any();
        }
    };
    if let Some(a) = &existing {
        if !matches!(a.remote, Some(Remote::Answering { .. })) {
            return view! {
                <h1 tabindex="-1" class="page-title">"This is your own invitation"</h1>
                <p>{format!("This browser holds {}'s self-assessment. Send the invitation link to the manager, who opens it on their own device.", a.leader)}</p>
                <p><a class="button primary" href=Route::Invite { assessment: a.id.clone() }.href()>"Show the invitation again"</a></p>
            }
            .into_any();
        }
    }
    let continuing = existing.is_some();
    let cycle = invitation
        .cycle
        .as_ref()
        .map(|c| format!(" for {c}"))
        .unwrap_or_default();
    let you = invitation
        .manager
        .as_ref()
        .map(|m| format!("{m}, "))
        .unwrap_or_default();
    let start = move |_| {
        let target = match &existing {
            Some(a) => a.resume_route(Rater::Manager, instrument),
            None => {
                let copy = assessment_from_invitation(&invitation, now_ms());
                // A trainer's question set came with the link: keep it, so
                // this assessment opens after a reload.
                // A second click, or another tab, may have made it already: then
                // it is simply resumed.
                match storage::instruments::keep(instrument)
                    .and_then(|()| storage::records::create(&copy))
                {
                    Ok(()) | Err(StorageError::Taken) => {}
                    Err(e) => {
                        shared().save_problem.set(Some(e));
                        return;
                    }
                }
                Route::Questionnaire {
                    assessment: copy.id.clone(),
                    rater: Rater::Manager,
                    step: Step::first().slug(instrument),
                }
            }
        };
        navigate(&target);
    };
    request_animation_frame(|| {
        focus("#start-rating");
    });
    view! {
        <h1 tabindex="-1" class="page-title">{format!("{leader} invites you to rate their leadership")}</h1>
        <p class="lead">
            {format!("{you}{leader} has asked you, as their manager, to rate how often they show {} leadership behaviours{cycle}. ", instrument.item_count())}
            "You will not see their own answers, and they will not see yours until you send your response back."
        </p>
        <ul class="facts-list">
            <li>"Your answers are saved in this browser as you go; nothing is sent anywhere."</li>
            <li>{format!("At the end you get a response link and a file to send back to {leader}.")}</li>
            <li>"Anyone who holds your response link can read your ratings and reflections, so send it only to the leader."</li>
        </ul>
        <p><button type="button" class="button primary" id="start-rating" on:click=start>
            {if continuing { format!("Continue rating {leader}") } else { format!("Start rating {leader}") }}
        </button></p>
    }
    .into_any()
}
