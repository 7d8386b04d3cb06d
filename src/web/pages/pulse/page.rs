//! A leader's team pulse: the link to send, gathering the members' codes,
//! and the team's picture.

use super::picture::PulsePictureView;
use crate::domain::formats::files::FileContent;
use crate::domain::formats::gathering::Outcome;
use crate::domain::formats::route::Route;
use crate::domain::records::pulse::Pulse;
use crate::web::browser::document;
use crate::web::components::gather_panel::{GatherPanel, GatherWords};
use crate::web::components::share_link::ShareLink;
use crate::web::files::app_base_url;
use crate::web::pages::open_code::CodeWords;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// What a leader gathers.
const GATHER_WORDS: GatherWords = GatherWords {
    heading: "2. Gather your team's codes",
    one: "team member",
    many: "team members",
    scan_hint: "Ask each team member to hold up the QR code on their “Your anonymous code” page. Each new code is added with a tone; codes already counted are ignored.",
    file: |content| match content {
        FileContent::PulseCode(code) => Some(code),
        _ => None,
    },
    what: "a team member's pulse code",
};

/// The page for `#/team/<id>`.
#[component]
pub fn TeamPulsePage(id: String) -> impl IntoView {
    let loaded = match records::load::<Pulse>(&id) {
        Ok(p) => p,
        Err(e) => {
            set_title("Team pulse not available");
            return view! {
                <h1 tabindex="-1" class="page-title">"This team pulse cannot be opened"</h1>
                <p class="notice notice-error" role="alert">{e.to_string()}</p>
                <p><a class="button" href=Route::Home.href()>"Go to the home page"</a></p>
            }
            .into_any();
        }
    };
    set_title(&format!("Team pulse · {}", loaded.leader));
    let link = loaded
        .link()
        .and_then(|l| l.encode())
        .map(|code| format!("{}{}", app_base_url(), Route::AnswerPulse { code }.href()));
    let context = [Some(loaded.leader.clone()), loaded.cycle.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let back = loaded.assessment.clone();
    let pulse = RwSignal::new(loaded);
    let problem = RwSignal::new(None::<String>);
    let delete = move |_| {
        let sure = document()
            .and_then(|d| d.default_view())
            .and_then(|w| w.confirm_with_message("Delete this team pulse and every code gathered in it from this browser? This cannot be undone.").ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        match records::delete::<Pulse>(&pulse.with_untracked(|p| p.id.clone())) {
            Ok(()) => navigate(&Route::Home),
            Err(e) => problem.set(Some(format!("The team pulse was not deleted: {e}"))),
        }
    };
    let share_message = pulse.with_untracked(|p| {
        crate::domain::formats::share::message::pulse_link(
            &p.leader,
            p.statements().map_or(0, |s| s.statement_count()),
        )
    });
    view! {
        <nav class="breadcrumb" aria-label="Where you are">
            {match back.clone() {
                Some(a) => view! { <a href=Route::Report { assessment: a }.href()>"180 report"</a> }.into_any(),
                None => view! { <a href=Route::Home.href()>"All assessments"</a> }.into_any(),
            }}
        </nav>
        <p class="context">{context}</p>
        <h1 tabindex="-1" class="page-title">"Your team pulse"</h1>
        <section class="report-section" aria-labelledby="send-heading">
            <h2 id="send-heading">"1. Send this link to your team"</h2>
            <p class="hint">"Each member answers on their own device and sends you back a short anonymous code. Nobody is asked their name."</p>
            {match link {
                Ok(link) => view! {
                    <ShareLink link=link label="Team pulse link" for_whom="your team" message=share_message.clone()
                        carries="your name and the pulse's statements (nothing from your 180)".to_string()/>
                }.into_any(),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
        </section>
        <GatherPanel record=pulse
            count=|p: &Pulse| p.members.len() words=GATHER_WORDS/>
        {move || pulse.with(|p| p.picture()).map(|picture| view! { <PulsePictureView picture=picture/> })}
        <p class="field-error" role="alert">{move || problem.get()}</p>
        <div class="actions">
            {back.map(|a| view! { <a class="button" href=Route::Report { assessment: a }.href()>"Open the 180 report with your team's view"</a> })}
            <button type="button" class="button danger" id="delete-pulse" on:click=delete>"Delete this team pulse"</button>
        </div>
    }
    .into_any()
}

/// What the page for a team member's code opened on the leader's device says.
pub fn pulse_code_words() -> CodeWords<Pulse> {
    CodeWords {
    title: "Add a team pulse code",
    received: "Team pulse code received",
    not_here: "This is a team member's anonymous pulse code, but its team pulse is not in this browser. Open it (or paste it) on the device where the leader started the pulse.",
    outcome: |pulse, outcome| match outcome {
        Outcome::Added => format!("Added to your team pulse ({} so far).", pulse.members.len()),
        Outcome::Updated => "This team member answered again: their newer answers replace the earlier ones.".to_string(),
        Outcome::Duplicate => "This code is already in your team pulse; nothing changed.".to_string(),
        Outcome::Rejected(reason) => format!("Not added: {reason}."),
    },
    open: "Open the team pulse",
    route: |pulse| Route::TeamPulse { pulse: pulse.id.clone() },
}
}
