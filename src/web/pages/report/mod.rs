//! The side-by-side report, in the order of the product notes: a summary
//! (headline figures, dimension scores, the largest gaps each way, shared
//! priorities), every item's gap, the four-box view, priorities, reflections,
//! the coaching conversation guide and the action plan. The summary is page 1
//! of the printed report. It opens only when both raters have submitted;
//! before that it says what is missing and shows no answers.

mod guide;
mod items;
mod plan;
mod plan_status;
mod side_by_side;
mod summary;
mod team;

use crate::domain::base::format;
use crate::domain::formats::files::{export, file_name};
use crate::domain::formats::route::Route;
use crate::domain::formats::tables::comparison_csv;
use crate::domain::records::assessment::{Assessment, ResponseStatus};
use crate::domain::records::response::Rater;
use crate::domain::rules::comparison::{compare, GapLabel, ItemGap};
use crate::domain::rules::guide::{build_guide, Names};
use crate::domain::rules::pulse::beside::{beside_180, team_notes};
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{local_offset_minutes, now_ms};
use crate::web::files::offer;
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage(id: String) -> impl IntoView {
    let (assessment, instrument) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    let (Some(manager_response), true) = (
        assessment.manager_response.clone(),
        assessment.both_submitted(),
    ) else {
        return view! { <NotReady assessment=assessment instrument=instrument/> }.into_any();
    };
    let leader_name = assessment.leader.clone();
    let manager_name = assessment.display_name(Rater::Manager, t());
    set_title(&t().report_title(&leader_name));
    // The comparison is revealed: the backup reminder's rule hears of it
    // (a keeping record that cannot be read is left as it is).
    let _ = crate::web::storage::keeping::update(|k| {
        k.note_reveal(&assessment.id, now_ms());
    });

    let leader = assessment.leader_response.clone();
    let comparison = compare(instrument, &leader, &manager_response);
    let guide = build_guide(
        t(),
        instrument,
        &comparison,
        &leader,
        &manager_response,
        &Names {
            leader: &leader_name,
            manager: &manager_name,
        },
    );
    // The team pulse beside this assessment (read once for the team's
    // section and the guide), and what it adds to the conversation.
    let pulse = crate::web::storage::pulses::beside_assessment(&id);
    let team_topics = pulse
        .as_ref()
        .and_then(crate::web::shown::shown_pulse_picture)
        .map(|picture| team_notes(t(), &beside_180(&comparison, &picture)))
        .unwrap_or_default();
    let plan_context = plan::PlanContext {
        id: assessment.id.clone(),
        instrument,
        leader: leader_name.clone(),
        manager: manager_name.clone(),
        comparison: comparison.clone(),
        priorities: plan::PlanContext::priorities_of(&leader, &manager_response),
        commitments: assessment.commitments.clone(),
    };
    let completed = [
        assessment.leader_response.submitted_at,
        manager_response.submitted_at,
    ]
    .into_iter()
    .flatten()
    .max()
    .map(|ms| t().report_completed(&format::date(t().language(), ms, local_offset_minutes())));
    let subtitle = [
        Some(t().report_people(&leader_name, &manager_name)),
        assessment.cycle.clone(),
        completed,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let running_header = match &assessment.cycle {
        Some(c) => t().report_running_header(&leader_name, c),
        None => t().report_running_header_no_cycle(&leader_name),
    };
    crate::web::print::set_running_header(&running_header);
    on_cleanup(crate::web::print::clear_running_header);
    let shared_priorities: Vec<(String, String)> = comparison
        .headline
        .priorities
        .shared
        .iter()
        .filter_map(|id| instrument.item(id))
        .map(|(d, i)| (i.text.clone(), d.name.clone()))
        .collect();
    let csv = comparison_csv(t(), instrument, &comparison, &leader, &manager_response);
    let file = export(std::slice::from_ref(&assessment), now_ms());
    let stem = [
        leader_name.clone(),
        assessment.cycle.clone().unwrap_or_default(),
    ];
    let download_csv = move |_| {
        offer(
            &file_name(&[&stem[0], &stem[1], t().report_file_comparison()], "csv"),
            "text/csv",
            &csv,
        );
    };
    let stem2 = [
        leader_name.clone(),
        assessment.cycle.clone().unwrap_or_default(),
    ];
    let download_file = move |_| {
        offer(
            &file_name(&["align180", &stem2[0], &stem2[1]], "json"),
            "application/json",
            &file,
        );
    };
    let in_cohort = assessment.cohort.is_some();
    // The leader's device of a two-device 180: the manager is still waiting.
    let send_back = matches!(
        assessment.remote,
        Some(crate::domain::records::assessment::Remote::Inviting { .. })
    );
    let print = move |_| {
        if let Some(w) = crate::web::browser::window() {
            if w.print().is_err() {
                crate::web::state::shared()
                    .action_problem
                    .set(Some(t().report_print_refused().into()));
            }
        }
    };

    view! {
        <article class="report">
            <nav class="breadcrumb no-print" aria-label=t().report_where_you_are()>
                <a href=Route::Home.href()>{t().report_all_assessments()}</a>
            </nav>
            <header class="report-header">
                <p class="eyebrow">{t().report_eyebrow()}</p>
                <h1 tabindex="-1" class="page-title">{t().report_title(&leader_name)}</h1>
                <p class="context">{subtitle}</p>
            </header>
            <div class="actions report-actions no-print">
                <button type="button" class="button primary" on:click=print>{t().report_print()}</button>
                <button type="button" class="button small" id="download-csv" on:click=download_csv>{t().report_download_csv()}</button>
                <button type="button" class="button small" on:click=download_file>{t().report_download_file()}</button>
            </div>
            {send_back.then(|| view! {
                <div class="notice no-print" id="send-back-notice">
                    <p>{t().report_send_back_note(&manager_name)}</p>
                    <a class="button primary" id="send-back" href=Route::SendBack { assessment: id.clone() }.href()>{t().report_send_back(&manager_name)}</a>
                </div>
            })}
            <summary::Summary comparison=comparison.clone() shared_priorities=shared_priorities
                people=summary::People { leader: leader_name.clone(), manager: manager_name.clone() }/>
            <items::ItemGaps comparison=comparison.clone() instrument=instrument/>
            <items::FourBox comparison=comparison.clone()/>
            <side_by_side::Priorities instrument=instrument leader=leader.clone() manager=manager_response.clone()
                leader_name=leader_name.clone() manager_name=manager_name.clone()/>
            <side_by_side::Reflections instrument=instrument leader=leader manager=manager_response
                leader_name=leader_name manager_name=manager_name/>
            <team::TeamBeside id=id.clone() pulse=pulse comparison=comparison.clone()/>
            <guide::CoachingGuide guide=guide team=team_topics/>
            <plan::ActionPlan context=plan_context/>
            <div class="actions no-print">
                <a class="button" href=Route::Progress { assessment: id.clone() }.href()>{t().report_progress_link()}</a>
                {in_cohort.then(|| view! {
                    <a class="button" id="share-with-cohort" href=Route::ShareWithCohort { assessment: id.clone() }.href()>{t().report_share_cohort()}</a>
                })}
            </div>
        </article>
    }
    .into_any()
}

/// Shown until both have submitted: what is missing, and what each may see now.
#[component]
fn NotReady(assessment: Assessment, instrument: &'static Instrument) -> impl IntoView {
    set_title(t().report_not_ready_title());
    let id = assessment.id.clone();
    let waiting = [Rater::Leader, Rater::Manager]
        .into_iter()
        .filter_map(|rater| {
            let who = assessment.display_name(rater, t());
            let words = t();
            match (assessment.status(rater, instrument), rater) {
                (ResponseStatus::Submitted, _) => None,
                (ResponseStatus::NotStarted, Rater::Leader) => {
                    Some(words.report_leader_not_started(&who))
                }
                (ResponseStatus::NotStarted, Rater::Manager) => {
                    Some(words.report_manager_not_started(&who))
                }
                (ResponseStatus::InProgress { answered, total }, Rater::Leader) => {
                    Some(words.report_leader_in_progress(&who, &answered, &total))
                }
                (ResponseStatus::InProgress { answered, total }, Rater::Manager) => {
                    Some(words.report_manager_in_progress(&who, &answered, &total))
                }
            }
        })
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    // The manager's own copy on their device: the leader's side is on
    // hers, and arrives with the comparison she sends back. Nothing here
    // offers the leader's steps.
    if matches!(
        assessment.remote,
        Some(crate::domain::records::assessment::Remote::Answering { .. })
    ) {
        let leader = assessment.leader.clone();
        let own_done = assessment.status(Rater::Manager, instrument) == ResponseStatus::Submitted;
        return view! {
            <h1 tabindex="-1" class="page-title">{t().report_not_here_heading()}</h1>
            <p id="waiting-for-comparison">{if own_done {
                t().report_not_here_submitted(&leader)
            } else {
                t().report_not_here_unfinished(&leader)
            }}</p>
            <div class="actions">
                {if own_done {
                    view! { <a class="button primary" href=Route::Respond { assessment: id.clone() }.href()>{t().report_send_response(&leader)}</a> }.into_any()
                } else {
                    view! { <a class="button primary" href=assessment.resume_route(Rater::Manager, instrument).href()>{t().report_rate_leader(&leader)}</a> }.into_any()
                }}
                <a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a>
            </div>
        }
        .into_any();
    }
    let leader_done = assessment.leader_response.is_submitted();
    let manager_done = assessment
        .manager_response
        .as_ref()
        .is_some_and(|r| r.is_submitted());
    view! {
        <h1 tabindex="-1" class="page-title">{t().report_not_ready_heading()}</h1>
        <p>{t().report_not_ready_text()}</p>
        <ul class="missing">{waiting}</ul>
        <div class="actions">
            {leader_done.then(|| view! {
                <a class="button" href=Route::Profile { assessment: id.clone() }.href()>{t().report_view_profile(&assessment.leader)}</a>
            })}
            {(!manager_done).then(|| view! {
                <a class="button primary" href=Route::Turn { assessment: id.clone(), rater: Rater::Manager }.href()>{t().report_manager_turn()}</a>
            })}
            {(!leader_done).then(|| view! {
                <a class="button primary" href=Route::Turn { assessment: id.clone(), rater: Rater::Leader }.href()>{t().report_leader_turn()}</a>
            })}
        </div>
    }
    .into_any()
}

/// A gap's details under its behaviour, as the summary and the guide show
/// them: dimension, both ratings, the signed gap and the label's chip.
fn gap_details(gap: &ItemGap) -> impl IntoView {
    view! {
        <span class="meta">
            {t().report_gap_details(
                &gap.dimension,
                &gap.leader,
                &gap.manager,
                &format::signed_whole(i32::from(gap.gap)),
            )}
            {label_chip(gap.label, gap.label.name(t()))}
        </span>
    }
}

/// A label's chip: its colour, its shape and its words (never colour alone).
fn label_chip(label: GapLabel, text: impl IntoView + 'static) -> impl IntoView {
    view! { <span class=format!("label label-{}", label.key())>{text}</span> }
}
