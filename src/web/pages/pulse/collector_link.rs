//! A collector's link opened on a leader's device (`#/collector-link/<code>`):
//! the leader starts a team pulse whose members seal their codes for that
//! collector, beside one of the assessments in this browser (or hands a
//! pulse with no answers yet to the collector). The same link can be
//! pasted on the "Ask your team" page.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::collector::CollectorLink;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::records::assessment::{Assessment, Remote};
use crate::domain::records::pulse::{CollectorRef, Pulse};
use crate::domain::sets::pulse_set::PulseSet;
use crate::web::browser::{now_ms, random_id, random_nonce};
use crate::web::language::t;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// Starts a team pulse beside `assessment` whose answers `collector` collects.
pub fn start_with_collector(
    assessment: &Assessment,
    set: &PulseSet,
    collector: Option<CollectorRef>,
) -> Result<String, String> {
    let mut pulse = Pulse::for_assessment(random_id(), assessment, set, random_nonce(), now_ms());
    pulse.collector = collector;
    records::create(&pulse)
        .map(|()| pulse.id)
        .map_err(|e| t().pulse_not_started(&e.describe(t())))
}

/// The page for `#/collector-link/<code>`.
#[component]
pub fn OpenCollectorLinkPage(code: String) -> impl IntoView {
    let link = match CollectorLink::decode(code_in(&code)) {
        Ok(link) => link,
        Err(e) => {
            set_title(t().collector_link_not_usable());
            return view! { <LinkProblem heading=t().collector_link_not_usable() error=e ask=AskAgain::Collector/> }
                .into_any();
        }
    };
    let who = link.collector.clone();
    set_title(&t().collector_link_title(&who.name));
    let pulses = records::readable::<Pulse>();
    // The leader's own assessments (not a manager's copy), newest first.
    let assessments: Vec<Assessment> = records::readable::<Assessment>()
        .into_iter()
        .filter(|a| !matches!(a.remote, Some(Remote::Answering { .. })))
        .collect();
    let problem = RwSignal::new(None::<String>);
    let rows = assessments
        .into_iter()
        .map(|a| {
            let name = [Some(a.leader.clone()), a.cycle.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let beside = pulses.iter().find(|p| p.assessment.as_deref() == Some(a.id.as_str())).cloned();
            let collector = who.clone();
            match beside {
                None => {
                    let start = move |_| match start_with_collector(&a, PulseSet::sparc_team_pulse(), Some(collector.clone())) {
                        Ok(id) => navigate(&Route::TeamPulse { pulse: id }),
                        Err(e) => problem.set(Some(e)),
                    };
                    view! {
                        <li class="cohort-row">
                            <span>{name}</span>
                            <button type="button" class="button primary start-with-collector" on:click=start>{t().collector_link_start()}</button>
                        </li>
                    }.into_any()
                }
                Some(p) if p.collector.is_none() && p.answered() == 0 => {
                    let id = p.id.clone();
                    let hand_over = move |_| {
                        let c = collector.clone();
                        match records::update(&id, move |p: &mut Pulse| p.collector = Some(c)) {
                            Ok(_) => navigate(&Route::TeamPulse { pulse: id.clone() }),
                            Err(e) => problem.set(Some(t().pulse_not_started(&e.describe(t())))),
                        }
                    };
                    view! {
                        <li class="cohort-row">
                            <span>{name}</span>
                            <button type="button" class="button start-with-collector" on:click=hand_over>{t().collector_link_hand_over()}</button>
                        </li>
                    }.into_any()
                }
                Some(p) => view! {
                    <li class="cohort-row">
                        <a href=Route::TeamPulse { pulse: p.id.clone() }.href()>{name}</a>
                        <span class="meta">{match &p.collector {
                            Some(c) => t().collector_link_has_collector(&c.name),
                            None => t().collector_link_has_answers().to_string(),
                        }}</span>
                    </li>
                }.into_any(),
            }
        })
        .collect::<Vec<_>>();
    let none = rows.is_empty();
    view! {
        <h1 tabindex="-1" class="page-title">{t().collector_link_heading(&who.name)}</h1>
        <p class="lead">{t().collector_link_lead(&who.name)}</p>
        {if none {
            view! {
                <p class="notice" id="collector-link-none">{t().collector_link_no_assessment()}</p>
                <p><a class="button primary" href=Route::Start.href()>{t().collector_link_begin()}</a></p>
            }.into_any()
        } else {
            view! {
                <h2>{t().collector_link_choose()}</h2>
                <ul class="cohort-list">{rows}</ul>
            }.into_any()
        }}
        <p class="field-error" role="alert">{move || problem.get()}</p>
    }
    .into_any()
}
