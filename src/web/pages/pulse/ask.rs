//! "Ask my team": the team pulse beside an assessment. Opens the one already
//! started for it in this browser, or explains the pulse and starts it.

use crate::domain::formats::route::Route;
use crate::domain::records::pulse::Pulse;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use crate::web::browser::{now_ms, random_id, random_nonce};
use crate::web::pages::load_problem::open_or_explain;
use crate::web::router::{navigate, replace};
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// The page for `#/a/<id>/team`.
#[component]
pub fn AskTeamPage(id: String) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    if let Some(existing) = crate::web::storage::pulses::beside_assessment(&id) {
        replace(&Route::TeamPulse { pulse: existing.id });
        return view! { <p class="loading">"Opening your team pulse…"</p> }.into_any();
    }
    set_title("Ask your team");
    let sets = PulseSet::all();
    let chosen = RwSignal::new(0_usize);
    let set = PulseSet::sparc_team_pulse();
    let problem = RwSignal::new(None::<String>);
    let leader = assessment.leader.clone();
    let cycle = assessment.cycle.clone();
    let choosable = sets.clone();
    let create = move |_| {
        let set = choosable
            .get(chosen.get_untracked())
            .copied()
            .unwrap_or(PulseSet::sparc_team_pulse());
        let pulse = Pulse::for_assessment(random_id(), &assessment, set, random_nonce(), now_ms());
        match records::create(&pulse) {
            Ok(()) => navigate(&Route::TeamPulse { pulse: pulse.id }),
            Err(e) => problem.set(Some(format!("The team pulse was not started: {e}"))),
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
        .map(|(name, text)| view! { <li><strong>{name}</strong>": “"{text}"”"</li> })
        .collect_view();
    view! {
        <p class="context">{[Some(leader.clone()), cycle].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
        <h1 tabindex="-1" class="page-title">"Ask your team: the team pulse"</h1>
        <p class="lead">
            "You and your manager have compared how you see your leadership. The team pulse adds the evidence: how your team experiences the same five dimensions. "
            {format!("It is {} short statements, answered anonymously on the team's own phones or laptops.", set.statement_count())}
        </p>
        <section class="report-section" aria-labelledby="how-heading">
            <h2 id="how-heading">"How it works"</h2>
            <ol>
                <li>"You send one link to your team (chat, email or a QR code on screen)."</li>
                <li>"Each member answers on their own device. No name is asked. Their answers become a short code they send back to you."</li>
                <li>"You add the codes here (paste, files or the camera). Nothing passes through a server."</li>
                <li>"The team's picture appears from 3 answers, comments from 5, so no one's answers can be picked out. It stands beside your 180 report."</li>
            </ol>
            <p>"A few of the statements:"</p>
            <ul>{examples}</ul>
        </section>
        {(sets.len() > 1).then(|| {
            let options = sets
                .iter()
                .enumerate()
                .map(|(i, s)| view! { <option value=i.to_string() selected=i == 0>{format!("{} ({} statements)", s.name, s.statement_count())}</option> })
                .collect_view();
            view! {
                <div class="field">
                    <label for="pulse-set">"Statements"</label>
                    <select id="pulse-set" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>{options}</select>
                </div>
            }
        })}
        <p class="field-error" role="alert">{move || problem.get()}</p>
        <div class="actions">
            <button type="button" class="button primary" id="start-pulse" on:click=create>"Start the team pulse"</button>
            <a class="button" href=Route::Report { assessment: id.clone() }.href()>"Back to the report"</a>
        </div>
    }
    .into_any()
}
