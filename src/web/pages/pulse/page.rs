//! A leader's team pulse: the link to send, gathering the members' codes,
//! and the team's picture.

use super::bundle::BundlePanel;
use super::picture::PulsePictureView;
use crate::domain::formats::files::FileContent;
use crate::domain::formats::gathering::Outcome;
use crate::domain::formats::route::Route;
use crate::domain::records::pulse::Pulse;
use crate::web::browser::document;
use crate::web::components::gather_panel::{GatherPanel, GatherWords};
use crate::web::components::share_link::ShareLink;
use crate::web::files::app_base_url;
use crate::web::language::t;
use crate::web::pages::open_code::CodeWords;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// What a leader gathers.
fn gather_words() -> GatherWords {
    GatherWords {
        heading: t().pulse_gather_heading(),
        scan_hint: t().pulse_gather_scan_hint(),
        file: |content| match content {
            FileContent::PulseCode(code) => Some(code),
            _ => None,
        },
        what: t().pulse_gather_what(),
    }
}

/// The page for `#/team/<id>`.
#[component]
pub fn TeamPulsePage(id: String) -> impl IntoView {
    let loaded = match records::load::<Pulse>(&id) {
        Ok(p) => p,
        Err(e) => {
            set_title(t().pulse_unavailable_title());
            return view! {
                <h1 tabindex="-1" class="page-title">{t().pulse_unavailable_heading()}</h1>
                <p class="notice notice-error" role="alert">{e.describe(t())}</p>
                <p><a class="button" href=Route::Home.href()>{t().pulse_go_home()}</a></p>
            }
            .into_any();
        }
    };
    set_title(&t().pulse_page_title(&loaded.leader));
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
    let collector = loaded.collector.as_ref().map(|c| c.name.clone());
    let pulse = RwSignal::new(loaded);
    let problem = RwSignal::new(None::<String>);
    let delete = move |_| {
        let sure = document()
            .and_then(|d| d.default_view())
            .and_then(|w| w.confirm_with_message(t().pulse_delete_confirm()).ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        match records::delete::<Pulse>(&pulse.with_untracked(|p| p.id.clone())) {
            Ok(()) => navigate(&Route::Home),
            Err(e) => problem.set(Some(t().pulse_not_deleted(&e.describe(t())))),
        }
    };
    let share_message = pulse.with_untracked(|p| {
        crate::domain::formats::share::message::pulse_link(
            t(),
            &p.leader,
            p.statements().map_or(0, |s| s.statement_count()),
        )
    });
    view! {
        <nav class="breadcrumb" aria-label=t().pulse_breadcrumb()>
            {match back.clone() {
                Some(a) => view! { <a href=Route::Report { assessment: a }.href()>{t().pulse_breadcrumb_report()}</a> }.into_any(),
                None => view! { <a href=Route::Home.href()>{t().pulse_breadcrumb_home()}</a> }.into_any(),
            }}
        </nav>
        <p class="context">{context}</p>
        <h1 tabindex="-1" class="page-title">{t().pulse_heading()}</h1>
        <section class="report-section" aria-labelledby="send-heading">
            <h2 id="send-heading">{t().pulse_send_heading()}</h2>
            <p class="hint" id="pulse-send-hint">{match &collector {
                Some(name) => t().pulse_send_hint_sealed(name, &crate::domain::base::thresholds::MIN_GROUP),
                None => t().pulse_send_hint_own().to_string(),
            }}</p>
            {match link {
                Ok(link) => view! {
                    <ShareLink link=link label=t().pulse_link_label() for_whom=t().pulse_link_for() message=share_message.clone()
                        carries=if collector.is_some() { t().pulse_link_carries_collector() } else { t().pulse_link_carries() }.to_string()/>
                }.into_any(),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
            }}
        </section>
        {match collector.clone() {
            Some(name) => view! { <BundlePanel pulse=pulse collector=name/> }.into_any(),
            None => view! { <GatherPanel record=pulse count=|p: &Pulse| p.members.len() words=gather_words()/> }.into_any(),
        }}
        {move || pulse.with(crate::web::shown::shown_pulse_picture).map(|picture| view! { <PulsePictureView picture=picture/> })}
        <p class="field-error" role="alert">{move || problem.get()}</p>
        <div class="actions">
            {back.map(|a| view! { <a class="button" href=Route::Report { assessment: a }.href()>{t().pulse_open_report()}</a> })}
            <button type="button" class="button danger" id="delete-pulse" on:click=delete>{t().pulse_delete()}</button>
        </div>
    }
    .into_any()
}

/// What the page for a team member's code opened on the leader's device says.
pub fn pulse_code_words() -> CodeWords<Pulse> {
    CodeWords {
        title: t().pulse_code_title(),
        received: t().pulse_code_received(),
        not_here: t().pulse_code_not_here(),
        outcome: |pulse, outcome| match outcome {
            Outcome::Added => t().pulse_code_added(&pulse.members.len()),
            Outcome::Updated => t().pulse_code_updated().to_string(),
            Outcome::Duplicate => t().pulse_code_duplicate().to_string(),
            Outcome::Rejected(reason) => t().pulse_code_rejected(&reason.describe(t())),
        },
        open: t().pulse_code_open(),
        route: |pulse| Route::TeamPulse {
            pulse: pulse.id.clone(),
        },
    }
}
