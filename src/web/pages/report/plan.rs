//! The action plan on the report: commitments the pair agrees while reading
//! it, with check-ins, saved with the assessment; and the next cycle.

use crate::domain::base::format;
use crate::domain::formats::files::file_name;
use crate::domain::formats::route::Route;
use crate::domain::formats::tables::plan_csv;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::commitment::{Commitment, CommitmentStatus};
use crate::domain::records::response::{Rater, Response};
use crate::domain::rules::comparison::Comparison;
use crate::domain::rules::guide::largest_gaps;
use crate::domain::rules::plan::{next_cycle, validate_check_in, CommitmentDraft};
use crate::domain::rules::questionnaire::Step;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{now_ms, random_id};
use crate::web::files::offer;
use crate::web::language::t;
use crate::web::pages::report::plan_status::{parse_status, status_select};
use crate::web::pending::Pending;
use crate::web::router::navigate;
use crate::web::storage::records;
use leptos::prelude::*;

/// A change to the plan, applied to the freshest stored copy.
type PlanEdit = Box<dyn FnOnce(&mut Vec<Commitment>)>;

/// What the plan section needs to know about its assessment.
#[derive(Clone)]
pub struct PlanContext {
    /// The assessment's id.
    pub id: String,
    /// The questions.
    pub instrument: &'static Instrument,
    /// The leader's name.
    pub leader: String,
    /// The manager's name.
    pub manager: String,
    /// The comparison, to suggest behaviours with the largest gaps.
    pub comparison: Comparison,
    /// The leader's and the manager's priorities, as suggestions.
    pub priorities: Vec<String>,
    /// The plan as saved.
    pub commitments: Vec<Commitment>,
}

impl PlanContext {
    /// Builds the context from the two responses.
    pub fn priorities_of(leader: &Response, manager: &Response) -> Vec<String> {
        let mut out = leader.priorities.clone();
        for p in &manager.priorities {
            if !out.contains(p) {
                out.push(p.clone());
            }
        }
        out
    }
}

/// Saves a change to the plan: applied to the freshest stored copy.
type Change = Callback<PlanEdit>;

/// The action-plan section.
#[component]
pub fn ActionPlan(context: PlanContext) -> impl IntoView {
    let PlanContext {
        id,
        instrument,
        leader,
        manager,
        comparison,
        priorities,
        commitments,
    } = context;
    let plan = RwSignal::new(commitments);
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    // Applies a change to the freshest stored copy, then shows what was saved.
    let change =
        move |edit: PlanEdit| match records::update(&id.get_value(), |a: &mut Assessment| {
            edit(&mut a.commitments)
        }) {
            Ok((saved, ())) => {
                plan.set(saved.commitments);
                error.set(None);
            }
            Err(e) => error.set(Some(e.describe(t()))),
        };

    let options = |ids: Vec<String>| {
        ids.into_iter()
            .filter_map(|i| instrument.item(&i).map(|(_, it)| (i, it.text.clone())))
            .map(|(i, text)| view! { <option value=i>{text}</option> })
            .collect_view()
    };
    let gap_ids: Vec<String> = largest_gaps(&comparison)
        .into_iter()
        .map(|g| g.item_id)
        .collect();
    let all_ids: Vec<String> = instrument.items().map(|(_, i)| i.id.clone()).collect();
    let (behaviour, action, owner, due, status) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(Rater::Leader),
        RwSignal::new(String::new()),
        RwSignal::new(CommitmentStatus::Planned),
    );
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CommitmentDraft {
            item_id: Some(behaviour.get_untracked()),
            action: action.get_untracked(),
            owner: Some(owner.get_untracked()),
            due: due.get_untracked(),
            status: Some(status.get_untracked()),
        };
        match draft.into_commitment(random_id()) {
            Err(e) => error.set(Some(e.describe(t()).to_string())),
            Ok(c) => {
                change(Box::new(move |plan| plan.push(c)));
                behaviour.set(String::new());
                action.set(String::new());
                due.set(String::new());
            }
        }
    };
    let names = StoredValue::new((leader.clone(), manager.clone()));
    let change = Callback::new(change);
    // Rows are keyed by commitment: a save in one row never rebuilds another,
    // so text being typed there stays.
    let list = view! {
        <For each=move || plan.get() key=|c| c.id.clone() let:c>
            <CommitmentRow id=c.id.clone() plan=plan instrument=instrument names=names change=change error=error/>
        </For>
    };

    let (csv_leader, csv_manager) = (leader.clone(), manager.clone());
    let download_plan = move |_| {
        let csv = plan_csv(
            t(),
            instrument,
            &csv_leader,
            &csv_manager,
            &plan.get_untracked(),
        );
        offer(
            &file_name(&[&csv_leader, t().plan_file_name()], "csv"),
            "text/csv",
            &csv,
        );
    };
    let composing = RwSignal::new(plan.with_untracked(Vec::is_empty));
    let next_label = RwSignal::new(String::new());
    let pending = Pending::new();
    let start_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !pending.start() {
            return;
        }
        let next = records::load::<Assessment>(&id.get_value())
            .map_err(|e| e.describe(t()))
            .and_then(|previous| {
                next_cycle(
                    &previous,
                    random_id(),
                    &next_label.get_untracked(),
                    now_ms(),
                )
                .map_err(|e| e.describe(t()).to_string())
            })
            .and_then(|next| {
                records::create(&next)
                    .map(|()| next)
                    .map_err(|e| e.describe(t()))
            });
        match next {
            Err(e) => {
                pending.failed();
                error.set(Some(e));
            }
            Ok(next) => navigate(&Route::Questionnaire {
                assessment: next.id.clone(),
                rater: Rater::Leader,
                step: Step::first().slug(instrument),
            }),
        }
    };

    view! {
        <section class="report-section plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t().plan_heading()}</h2>
            <p class="hint">{t().plan_hint()}</p>
            <ol class="commitments">{list}</ol>
            <p class="empty" hidden=move || !plan.with(Vec::is_empty)>{t().plan_none()}</p>
            // With commitments already agreed, the form opens on request; once
            // open it stays open for the next one.
            <Show when=move || !composing.get()>
                <button type="button" class="button no-print" id="open-plan-form" on:click=move |_| {
                    composing.set(true);
                    request_animation_frame(|| {
                        crate::web::browser::focus("#plan-behaviour");
                    });
                }>{t().plan_open_form()}</button>
            </Show>
            <form class="plan-form no-print" on:submit=add hidden=move || !composing.get()>
                <div class="field">
                    <label for="plan-behaviour">{t().plan_behaviour()}</label>
                    <select id="plan-behaviour" prop:value=move || behaviour.get() on:change=move |ev| behaviour.set(event_target_value(&ev))>
                        <option value="">{t().plan_no_behaviour()}</option>
                        <optgroup label=t().plan_group_gaps()>{options(gap_ids)}</optgroup>
                        <optgroup label=t().plan_group_priorities()>{options(priorities)}</optgroup>
                        <optgroup label=t().plan_group_all()>{options(all_ids)}</optgroup>
                    </select>
                </div>
                <div class="field">
                    <label for="plan-action">{t().plan_action()}</label>
                    <textarea id="plan-action" rows="2" maxlength="2000" prop:value=move || action.get()
                        on:input=move |ev| action.set(event_target_value(&ev))></textarea>
                </div>
                <fieldset class="owner">
                    <legend>{t().plan_owner()}</legend>
                    <label><input type="radio" name="plan-owner" checked=true on:change=move |_| owner.set(Rater::Leader)/>{format!(" {leader}")}</label>
                    <label><input type="radio" name="plan-owner" on:change=move |_| owner.set(Rater::Manager)/>{format!(" {manager}")}</label>
                </fieldset>
                <div class="field-row">
                    <div class="field">
                        <label for="plan-due">{t().plan_due()}</label>
                        <input id="plan-due" type="date" prop:value=move || due.get() on:input=move |ev| due.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="plan-status">{t().plan_status()}</label>
                        <select id="plan-status" on:change=move |ev| status.set(parse_status(&event_target_value(&ev)))>
                            {status_select(CommitmentStatus::Planned)}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button primary">{t().plan_add()}</button>
            </form>
            <p class="field-error no-print" role="alert">{move || error.get()}</p>
            <div class="actions no-print">
                <button type="button" class="button" on:click=download_plan>{t().plan_download()}</button>
            </div>
            <form class="next-cycle no-print" on:submit=start_next>
                <h3>{t().plan_next_heading()}</h3>
                <p class="hint">{t().plan_next_hint()}</p>
                <label for="next-cycle-label" class="field-label">{t().plan_next_label()}</label>
                <div class="paste-row">
                    <input id="next-cycle-label" type="text" maxlength="80" placeholder=t().plan_next_placeholder()
                        on:input=move |ev| next_label.set(event_target_value(&ev))/>
                    <button type="submit" class="button" disabled=move || pending.busy() aria-busy=move || pending.busy().to_string()>{t().plan_next_start()}</button>
                </div>
            </form>
        </section>
    }
}

/// One commitment of the plan: its action (editable), behaviour, owner, due
/// date, status and check-ins. It reads its commitment from the plan by id,
/// so it shows every saved change without being rebuilt.
#[component]
fn CommitmentRow(
    id: String,
    plan: RwSignal<Vec<Commitment>>,
    instrument: &'static Instrument,
    names: StoredValue<(String, String)>,
    change: Change,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let cid = StoredValue::new(id.clone());
    let commitment =
        Memo::new(move |_| plan.with(|p| p.iter().find(|c| c.id == cid.get_value()).cloned()));
    let edit = move |apply: Box<dyn FnOnce(&mut Commitment)>| {
        let id = cid.get_value();
        change.run(Box::new(move |plan| {
            if let Some(c) = plan.iter_mut().find(|c| c.id == id) {
                apply(c);
            }
        }));
    };
    let set_status = move |ev: leptos::ev::Event| {
        let s = parse_status(&event_target_value(&ev));
        edit(Box::new(move |c| c.status = s));
    };
    let set_action = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            error.set(Some(t().plan_action_needed().into()));
            return;
        }
        edit(Box::new(move |c| c.action = text.trim().to_string()));
    };
    // The check-in form's fields, emptied once a check-in is added.
    let (k_date, k_note) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let add_check_in = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (date, note) = (k_date.get_untracked(), k_note.get_untracked());
        // Check first, so that a bad entry writes nothing.
        match validate_check_in(&date, &note) {
            Err(e) => error.set(Some(e.describe(t()).to_string())),
            Ok(check_in) => {
                edit(Box::new(move |c| c.record(check_in)));
                k_date.set(String::new());
                k_note.set(String::new());
            }
        }
    };
    let remove = move |_| {
        let id = cid.get_value();
        change.run(Box::new(move |plan| plan.retain(|c| c.id != id)));
    };
    let action_id = format!("action-{id}");
    let status_id = format!("status-{id}");
    let (date_id, date_for) = (format!("check-in-date-{id}"), format!("check-in-date-{id}"));
    let (note_id, note_for) = (format!("check-in-note-{id}"), format!("check-in-note-{id}"));
    let adding = RwSignal::new(false);
    let open_focus = StoredValue::new(format!("#{date_id}"));
    let details = move || {
        commitment.get().map(|c| {
            let behaviour = c
                .item_id
                .as_deref()
                .and_then(|i| instrument.item(i))
                .map(|(_, it)| format!("{} · ", t().plan_detail_behaviour(&it.text)))
                .unwrap_or_default();
            let who = names.with_value(|(l, m)| match c.owner {
                Rater::Leader => l.clone(),
                Rater::Manager => m.clone(),
            });
            let due = c
                .due
                .clone()
                .map(|d| format!(" · {}", t().plan_detail_due(&format::day(t().language(), &d))))
                .unwrap_or_default();
            let carried = c
                .carried_from
                .is_some()
                .then(|| format!(" · {}", t().plan_detail_carried()));
            view! {
                {behaviour}
                {t().plan_detail_owner(&who)}
                {due}
                {carried}
                <span class="print-only">{format!(" · {}", t().plan_detail_status(&c.status.label(t())))}</span>
            }
        })
    };
    let check_ins = move || {
        commitment
            .get()
            .map(|c| c.check_ins)
            .unwrap_or_default()
            .into_iter()
            .map(|k| view! { <li><strong>{t().plan_check_in_when(&format::day(t().language(), &k.date))}</strong>" "{k.note}</li> })
            .collect_view()
    };
    let action = move || commitment.get().map(|c| c.action).unwrap_or_default();
    let status = commitment
        .with_untracked(|c| c.as_ref().map(|c| c.status))
        .unwrap_or(CommitmentStatus::Planned);
    view! {
        <li class="commitment" data-commitment=id.clone() data-status=move || commitment.get().map(|c| c.status.key())>
            <label for=action_id.clone() class="visually-hidden">{t().plan_action_label()}</label>
            <textarea id=action_id class="commitment-action no-print" rows="2" maxlength="2000"
                prop:value=action on:change=set_action></textarea>
            <p class="commitment-action print-only">{action}</p>
            <p class="meta">{details}</p>
            <div class="commitment-row no-print">
                <label for=status_id.clone()>{t().plan_status()}" "</label>
                <select id=status_id on:change=set_status>{status_select(status)}</select>
                <button type="button" class="button small danger-quiet" on:click=remove>{t().plan_remove()}</button>
            </div>
            <ul class="check-ins">{check_ins}</ul>
            // The form opens on request (a report is long enough) and stays
            // open for the next check-in.
            <Show when=move || adding.get() fallback=move || view! {
                <button type="button" class="button small no-print" on:click=move |_| {
                    adding.set(true);
                    let field = open_focus.get_value();
                    request_animation_frame(move || {
                        crate::web::browser::focus(&field);
                    });
                }>{t().plan_add_check_in()}</button>
            }>
                <form class="check-in-form no-print" on:submit=add_check_in>
                    <label for=date_for.clone()>{t().plan_check_in_date()}
                        <input id=date_id.clone() type="date" prop:value=move || k_date.get() on:input=move |ev| k_date.set(event_target_value(&ev))/>
                    </label>
                    <label for=note_for.clone()>{t().plan_check_in_note()}
                        <input id=note_id.clone() type="text" maxlength="300" prop:value=move || k_note.get() on:input=move |ev| k_note.set(event_target_value(&ev))/>
                    </label>
                    <button type="submit" class="button small">{t().plan_add_check_in()}</button>
                </form>
            </Show>
        </li>
    }
}
