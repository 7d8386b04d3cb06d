//! "Invite my manager": the invitation link, its QR code, and Copy.

use crate::domain::formats::exchange::invitation_for;
use crate::domain::formats::files::{file_name, invitation_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::message;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::response::Rater;
use crate::web::browser::random_nonce;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, offer};
use crate::web::pages::load_problem::{open_or_explain, LoadProblem};
use crate::web::state::set_title;
use crate::web::storage::{self};
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// The invitation page.
#[component]
pub fn InvitePage(id: String) -> impl IntoView {
    let (mut assessment, instrument) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    set_title("Invite the manager");
    let nonce = match assessment.remote {
        Some(Remote::Inviting { nonce }) => nonce,
        Some(Remote::Answering { .. }) => {
            return view! {
                <h1 tabindex="-1" class="page-title">"This is the manager's copy"</h1>
                <p>"This browser holds the manager's rating of this leader; only the leader's browser can invite."</p>
                <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
            }
            .into_any();
        }
        None => {
            // The nonce is kept, so the same invitation is shown every time
            // (and a nonce set meanwhile in another tab wins).
            let fresh = random_nonce();
            let saved = storage::records::update::<Assessment, _>(&id, |a| {
                if a.remote.is_none() {
                    a.remote = Some(Remote::Inviting { nonce: fresh });
                }
            })
            .map(|(saved, _)| saved);
            match saved {
                Ok(a) => {
                    assessment = a;
                    match assessment.remote {
                        Some(Remote::Inviting { nonce }) => nonce,
                        _ => fresh,
                    }
                }
                Err(error) => return view! { <LoadProblem error=error/> }.into_any(),
            }
        }
    };
    let manager = assessment.display_name(Rater::Manager);
    let leader = assessment.leader.clone();
    let body = match invitation_for(&assessment, instrument, nonce).encode() {
        Ok(code) => {
            let code_text = code.clone();
            let link = format!(
                "{}{}",
                app_base_url(),
                Route::OpenInvitation { code }.href()
            );
            let carries = match &assessment.cycle {
                Some(c) => format!("your name ({leader}), your manager's name, the cycle ({c}) and which questions to answer"),
                None => format!("your name ({leader}), your manager's name and which questions to answer"),
            };
            let file = invitation_file(&code_text, &assessment);
            let name = file_name(&["align180-invitation", &leader], "json");
            let shareable = Shareable::File {
                title: format!("Align 180: invitation from {leader}"),
                text: message::invitation(&leader, instrument.item_count()),
                name: name.clone(),
                mime: "application/json",
                contents: file.clone(),
            };
            let save_file = move |_| {
                offer(&name, "application/json", &file);
            };
            view! {
                <ShareLink link=link label="Invitation link" carries=carries
                    message=message::invitation(&leader, instrument.item_count())/>
                <div class="actions">
                    <button type="button" class="button" id="download-invitation" on:click=save_file>"Download the invitation as a file"</button>
                    <ShareButton what=shareable label="Share the file…" id="share-file"/>
                </div>
            }
            .into_any()
        }
        Err(e) => {
            view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }.into_any()
        }
    };
    view! {
        <h1 tabindex="-1" class="page-title">{format!("Invite {manager} to rate you")}</h1>
        <p class="lead">
            {format!("Send this link to {manager}. They open it on their own device, rate how often you show the same {} behaviours, and send you back a response link or file. Your own answers are not in the link.", instrument.item_count())}
        </p>
        {body}
        <h2>"When the response arrives"</h2>
        <p>"Open the response link in this browser, or import the response file on the home page. The report opens once both of you have submitted."</p>
        <p><a class="button" href=Route::Home.href()>"Back to all assessments"</a></p>
    }
    .into_any()
}
