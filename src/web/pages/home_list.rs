//! The home page's list of the assessments saved in this browser, to
//! resume, view, download or delete: downloaded with the home tools, at
//! once for a browser that holds something, so a first visit (whose list
//! is empty) does not wait for it.

use crate::domain::formats::files::file_name;
use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Remote;
use crate::domain::records::assessment::{Assessment, ResponseStatus};
use crate::domain::records::response::Rater;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;
use crate::web::files::offer;
use crate::web::language::t;
use crate::web::storage::{self, records};
use leptos::prelude::*;

/// What the list says when nothing is saved yet, with the way back in for
/// someone who kept a restore link (the home page shows it itself on a
/// first visit).
pub fn nothing_yet(open_tools: Callback<()>) -> impl IntoView {
    view! {
        <p class="empty">{t().home_empty()}</p>
        <p class="come-back">
            {t().home_come_back()}" "
            <button type="button" class="button small" id="restore-start" on:click=move |_| open_tools.run(())>{t().home_restore()}</button>
        </p>
    }
}

/// Every assessment saved here, newest first, and the records that cannot
/// be read (each with its key and a way to download its text). Listed again
/// whenever `changes` moves (an import, a deletion).
#[component]
pub fn AssessmentList(changes: RwSignal<u32>, open_tools: Callback<()>) -> impl IntoView {
    // Listed once per change (a listing has no equality: always new).
    let listing = Memo::new_with_compare(
        move |_| {
            changes.track();
            records::list::<Assessment>()
        },
        |_, _| true,
    );
    let refresh = move || changes.update(|n| *n += 1);
    let linked = Signal::derive(move || match listing.get() {
        Ok((assessments, _)) => assessments
            .iter()
            .filter_map(|a| a.previous_cycle.clone())
            .collect::<Vec<String>>(),
        Err(_) => Vec::new(),
    });
    view! {
        {move || match listing.get() {
            Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
            Ok((readable, problems)) if readable.is_empty() && problems.is_empty() => {
                nothing_yet(open_tools).into_any()
            }
            Ok((readable, problems)) => {
                let cards = readable
                    .into_iter()
                    .map(|a| {
                        // A cycle that follows or is followed by another has a progress page.
                        let has_cycles = a.previous_cycle.is_some() || linked.with_untracked(|l| l.contains(&a.id));
                        view! { <AssessmentCard assessment=a has_cycles=has_cycles on_deleted=Callback::new(move |_| refresh())/> }
                    })
                    .collect_view();
                let problem_rows = problems
                    .into_iter()
                    .map(|(key, error)| {
                        {
                            let raw_key = key.clone();
                            let data_key = key.clone();
                            let keep = move |_| {
                                if let Some(raw) = storage::raw(&raw_key) {
                                    let name = file_name(&["align180-unreadable", &raw_key], "txt");
                                    offer(&name, "text/plain", &raw);
                                }
                            };
                            view! {
                                <li data-key=data_key>
                                    <code>{key}</code>": "{error.describe(t())}" "
                                    <button type="button" class="button small" on:click=keep>{t().home_download_saved_text()}</button>
                                </li>
                            }
                        }
                    })
                    .collect::<Vec<_>>();
                let has_problems = !problem_rows.is_empty();
                view! {
                    <ul class="assessment-list">{cards}</ul>
                    {has_problems.then(|| view! {
                        <div class="notice notice-error problems" role="alert">
                            <p>{t().home_unreadable_records()}</p>
                            <ul class="problem-list">{problem_rows}</ul>
                        </div>
                    })}
                }
                .into_any()
            }
        }}
    }
}

/// A rater's status as a short chip: "Submitted", "5 of 25", "Not started".
fn status_chip(status: ResponseStatus) -> impl IntoView {
    let (class, text) = match status {
        ResponseStatus::Submitted => ("chip done", t().home_status_submitted().to_string()),
        ResponseStatus::InProgress { answered, total } => {
            ("chip going", t().progress_answered(&answered, &total))
        }
        ResponseStatus::NotStarted => ("chip", t().home_status_not_started().to_string()),
    };
    view! { <span class=class>{text}</span> }
}

/// One assessment in the list, with its actions.
#[component]
fn AssessmentCard(
    assessment: Assessment,
    /// Whether it is part of a chain of cycles (it has a progress page).
    has_cycles: bool,
    on_deleted: Callback<()>,
) -> impl IntoView {
    let Some(instrument) = Instrument::find(&assessment.instrument) else {
        return ().into_any();
    };
    let confirming = RwSignal::new(false);
    let delete_error = RwSignal::new(None::<String>);
    let leader_status = assessment.status(Rater::Leader, instrument);
    let manager_status = assessment.status(Rater::Manager, instrument);
    let leader = assessment.leader.clone();
    let in_cohort = assessment.cohort.is_some();
    let id = assessment.id.clone();
    let manager_name = assessment.display_name(Rater::Manager, t());
    let answering = matches!(assessment.remote, Some(Remote::Answering { .. }));
    // Who the manager is, when there is one to speak of (cohort participants
    // often take the assessment alone).
    let with_manager = assessment
        .manager
        .as_ref()
        .map(|m| t().home_card_with_manager(m));
    let sub = [assessment.cycle.clone(), with_manager]
        .into_iter()
        .flatten()
        .chain(
            assessment
                .cohort
                .as_ref()
                .map(|c| t().record_cohort_tag(&c.name)),
        )
        .collect::<Vec<_>>()
        .join(" · ");
    let delete_question = match &assessment.cycle {
        Some(c) => t().home_delete_question_cycle(&leader, c),
        None => t().home_delete_question(&leader),
    };
    let (main_action, other_actions) = if answering {
        // The manager's own copy on their device.
        let main = if assessment.both_submitted() {
            // The leader sent the comparison back: the report is here too.
            view! { <a class="button primary" href=Route::Report { assessment: id.clone() }.href()>{t().home_open_report()}</a> }.into_any()
        } else if manager_status == ResponseStatus::Submitted {
            view! {
                <a class="button primary" href=Route::Respond { assessment: id.clone() }.href()>{t().home_send_response(&leader)}</a>
                <p class="card-note waiting">{t().home_waiting_for_leader(&leader)}</p>
            }.into_any()
        } else {
            view! { <a class="button primary" href=assessment.resume_route(Rater::Manager, instrument).href()>{t().home_rate_leader(&leader)}</a> }.into_any()
        };
        (main, None)
    } else {
        let main = if assessment.both_submitted() {
            view! { <a class="button primary" href=Route::Report { assessment: id.clone() }.href()>{t().home_open_report()}</a> }.into_any()
        } else if leader_status == ResponseStatus::Submitted {
            view! { <a class="button" href=Route::Profile { assessment: id.clone() }.href()>{t().home_view_profile(&leader)}</a> }.into_any()
        } else {
            let label = if leader_status == ResponseStatus::NotStarted {
                t().home_start_self()
            } else {
                t().home_resume_self()
            };
            view! { <a class="button primary" href=assessment.resume_route(Rater::Leader, instrument).href()>{label}</a> }.into_any()
        };
        // A cohort participant taking it alone is not offered a manager's
        // turn first; the invitation is still there.
        let others = (manager_status != ResponseStatus::Submitted).then(|| {
            view! {
                {(!in_cohort || assessment.manager.is_some()).then(|| view! {
                    <a class="button" href=Route::Turn { assessment: id.clone(), rater: Rater::Manager }.href()>{t().home_managers_turn(&manager_name)}</a>
                })}
                <a class="button" href=Route::Invite { assessment: id.clone() }.href()>{t().home_invite_manager()}</a>
            }
        });
        (main, others)
    };
    // The export format is in this piece too (it came with the list).
    let export_one = {
        let a = assessment.clone();
        move |_| crate::web::pages::data_panel::offer_assessment_file(&a, "align180")
    };
    let (title, status_rows) = if answering {
        (
            t().home_your_rating_of(&leader),
            view! { <li class="status-manager"><span>{t().home_your_rating()}</span>{status_chip(manager_status)}</li> }.into_any(),
        )
    } else {
        let manager_row = if manager_status == ResponseStatus::NotStarted {
            view! { <span class="chip">{t().home_status_pending()}</span> }.into_any()
        } else {
            status_chip(manager_status).into_any()
        };
        (
            leader.clone(),
            view! {
                <li class="status-leader"><span>{t().home_self_assessment()}</span>{status_chip(leader_status)}</li>
                // A cohort participant on their own has no manager row until one is named or rates.
                {(!(in_cohort && assessment.manager.is_none() && manager_status == ResponseStatus::NotStarted)).then(|| view! {
                    <li class="status-manager"><span>{t().home_manager_row(&manager_name)}</span>{manager_row}</li>
                })}
            }
            .into_any(),
        )
    };
    let do_delete = move |_| match storage::records::delete::<Assessment>(&id) {
        Ok(()) => on_deleted.run(()),
        Err(e) => delete_error.set(Some(e.describe(t()))),
    };
    // The leader's own assessment, once submitted, can ask the team too.
    let team = (!answering && assessment.leader_response.is_submitted()).then(|| {
        view! { <a class="button" href=Route::AskTeam { assessment: assessment.id.clone() }.href()>{t().home_team_pulse()}</a> }
    });
    let progress = has_cycles.then(|| {
        view! { <a class="button" href=Route::Progress { assessment: assessment.id.clone() }.href()>{t().home_progress()}</a> }
    });

    view! {
        <li class="assessment-card" data-assessment=assessment.id.clone()>
            <h3 class="card-title">{title}</h3>
            {(!sub.is_empty()).then(|| view! { <p class="card-sub">{sub}</p> })}
            <ul class="status-rows status">{status_rows}</ul>
            <div class="card-actions">
                {main_action}
                {progress}
                {team}
                {other_actions}
            </div>
            <div class="card-actions more-actions">
                <button type="button" class="button small" on:click=export_one>{t().home_download_file()}</button>
                <Show when=move || !confirming.get()>
                    <button type="button" class="button small danger-quiet" on:click=move |_| confirming.set(true)>
                        {t().home_delete(&leader)}
                    </button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label=t().home_confirm_delete_label()>
                    <p>{delete_question.clone()}</p>
                    <button type="button" class="button danger" on:click=do_delete.clone()>{t().home_delete_for_good()}</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{t().home_keep_it()}</button>
                    <p class="field-error">{move || delete_error.get()}</p>
                </div>
            </Show>
        </li>
    }
    .into_any()
}
