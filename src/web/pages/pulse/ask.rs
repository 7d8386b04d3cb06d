//! "Ask my team": the team pulse beside an assessment. Opens the one already
//! started for it in this browser, or explains the pulse and starts it.

use crate::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::collector::CollectorLink;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::pages::pulse::collector_link::start_with_collector;
use crate::web::router::{navigate, replace};
use crate::web::state::set_title;
use leptos::prelude::*;

/// Stands for the dimension's name in an example line, so the name can be
/// drawn in bold where the language puts it.
const NAME_MARK: char = '\u{E000}';

/// The page for `#/a/<id>/team`.
#[component]
pub fn AskTeamPage(id: String) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    if let Some(existing) = crate::web::storage::pulses::beside_assessment(&id) {
        replace(&Route::TeamPulse { pulse: existing.id });
        return view! { <p class="loading">{t().pulse_opening()}</p> }.into_any();
    }
    set_title(t().pulse_ask_title());
    let sets = PulseSet::all();
    let chosen = RwSignal::new(0_usize);
    let set = PulseSet::sparc_team_pulse();
    let problem = RwSignal::new(None::<String>);
    let leader = assessment.leader.clone();
    let cycle = assessment.cycle.clone();
    let choosable = sets.clone();
    // Who gathers the members' codes: a collector (their link pasted
    // here), or the leader themself when the team agreed to it.
    let by_collector = RwSignal::new(true);
    let collector_link = RwSignal::new(String::new());
    let create = move |_| {
        let set = choosable
            .get(chosen.get_untracked())
            .copied()
            .unwrap_or(PulseSet::sparc_team_pulse());
        let collector = if by_collector.get_untracked() {
            match CollectorLink::decode(code_in(&collector_link.get_untracked())) {
                Ok(link) => Some(link.collector),
                Err(e) => {
                    problem.set(Some(t().pulse_collector_link_problem(&e.describe(t()))));
                    return;
                }
            }
        } else {
            None
        };
        match start_with_collector(&assessment, set, collector) {
            Ok(id) => navigate(&Route::TeamPulse { pulse: id }),
            Err(e) => problem.set(Some(e)),
        }
    };
    let examples = set
        .dimensions
        .iter()
        .filter_map(|d| {
            d.statements
                .first()
                .map(|s| (d.name.clone(), s.text.clone()))
        })
        .map(|(name, text)| {
            // The dimension's name is bold wherever the language puts it.
            let line = t().pulse_example(&NAME_MARK, &text);
            let (before, after) = line.split_once(NAME_MARK).unwrap_or(("", line.as_str()));
            view! { <li>{before.to_string()}<strong>{name}</strong>{after.to_string()}</li> }
        })
        .collect_view();
    view! {
        <p class="context">{[Some(leader.clone()), cycle].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
        <h1 tabindex="-1" class="page-title">{t().pulse_ask_heading()}</h1>
        <p class="lead">{t().pulse_ask_lead(&set.statement_count())}</p>
        <section class="report-section" aria-labelledby="how-heading">
            <h2 id="how-heading">{t().pulse_how_heading()}</h2>
            <ol>
                <li>{t().pulse_how_link()}</li>
                <li>{t().pulse_how_answer_sealed()}</li>
                <li>{t().pulse_how_gather_sealed(&MIN_GROUP)}</li>
                <li>{t().pulse_how_picture(&MIN_GROUP, &PULSE_COMMENTS_MIN)}</li>
            </ol>
            <p>{t().pulse_examples()}</p>
            <ul>{examples}</ul>
        </section>
        {(sets.len() > 1).then(|| {
            let options = sets
                .iter()
                .enumerate()
                .map(|(i, s)| view! { <option value=i.to_string() selected=i == 0>{t().pulse_set_option(&s.name, &s.statement_count())}</option> })
                .collect_view();
            view! {
                <div class="field">
                    <label for="pulse-set">{t().pulse_set_label()}</label>
                    <select id="pulse-set" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>{options}</select>
                </div>
            }
        })}
        <fieldset class="field gatherer">
            <legend>{t().pulse_gatherer_legend()}</legend>
            <label class="choice-line" for="gatherer-collector">
                <input type="radio" id="gatherer-collector" name="gatherer" prop:checked=move || by_collector.get()
                    on:change=move |_| by_collector.set(true)/>
                " "{t().pulse_gatherer_collector()}
            </label>
            <div class="field nested" hidden=move || !by_collector.get()>
                <label for="collector-link">{t().pulse_collector_link_label()}</label>
                <p class="hint" id="collector-link-hint">{t().pulse_collector_link_hint()}</p>
                <input id="collector-link" type="text" spellcheck="false" autocomplete="off" aria-describedby="collector-link-hint"
                    prop:value=move || collector_link.get()
                    on:input=move |ev| { collector_link.set(event_target_value(&ev)); problem.set(None); }/>
                <p class="hint"><a href=Route::Collect.href()>{t().pulse_collector_become()}</a></p>
            </div>
            <label class="choice-line" for="gatherer-leader">
                <input type="radio" id="gatherer-leader" name="gatherer" prop:checked=move || !by_collector.get()
                    on:change=move |_| by_collector.set(false)/>
                " "{t().pulse_gatherer_leader()}
            </label>
            <p class="hint" hidden=move || by_collector.get() id="gatherer-leader-hint">{t().pulse_how_own()}</p>
        </fieldset>
        <p class="field-error" role="alert">{move || problem.get()}</p>
        <div class="actions">
            <button type="button" class="button primary" id="start-pulse" on:click=create>{t().pulse_start()}</button>
            <a class="button" href=Route::Report { assessment: id.clone() }.href()>{t().pulse_back_to_report()}</a>
        </div>
    }
    .into_any()
}
