//! The leader's profile after submitting: dimension scores as a chart and a
//! table, and the highest- and lowest-rated behaviours.

use crate::charts::profile::{profile_chart, profile_chart_height};
use crate::charts::Drawn;
use crate::domain::base::thresholds::PROFILE_HIGHLIGHTS;
use crate::domain::formats::route::Route;
use crate::domain::records::response::Rater;
use crate::domain::rules::scoring::{highlights, score_dimensions, RatedItem};
use crate::domain::sets::instrument::Instrument;
use crate::web::components::chart::Chart;
use crate::web::components::score_table::ScoreTable;
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use leptos::prelude::*;

fn highlight_list(items: Vec<RatedItem>, instrument: &'static Instrument) -> impl IntoView {
    items
        .into_iter()
        .map(|item| {
            let word = instrument.scale_word(item.score).unwrap_or_default().to_string();
            view! {
                <li>
                    <span class="behaviour">{item.text}</span>
                    <span class="meta">{t().profile_highlight_meta(&item.dimension, &item.score, &word)}</span>
                </li>
            }
        })
        .collect_view()
}

/// The profile page.
#[component]
pub fn ProfilePage(id: String) -> impl IntoView {
    let (assessment, instrument) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    let leader = assessment.leader.clone();
    set_title(&t().profile_title(&leader));
    let response = assessment.leader_response.clone();
    if !response.is_submitted() {
        let resume = assessment.resume_route(Rater::Leader, instrument);
        return view! {
            <h1 tabindex="-1" class="page-title">{t().profile_title(&leader)}</h1>
            <p>{t().profile_not_submitted()}</p>
            <p><a class="button primary" href=resume.href()>{t().profile_resume()}</a></p>
        }
        .into_any();
    }

    let results = score_dimensions(instrument, &response);
    let chart_results = results.clone();
    let build = move |look: &crate::charts::Look| {
        Drawn::new(
            &profile_chart(&chart_results, look.words.profile_series(), look),
            look,
            profile_chart_height(&chart_results, look),
        )
    };
    let marks = highlights(instrument, &response, PROFILE_HIGHLIGHTS);
    // A tie cut for room is said, with the score it shares.
    let more = |items: &[RatedItem], n: usize| {
        items.last().filter(|_| n > 0).map(
            |last| view! { <p class="meta tied-more">{t().profile_tied_more(n, &last.score)}</p> },
        )
    };
    let highest_more = more(&marks.highest, marks.highest_more);
    let lowest_more = more(&marks.lowest, marks.lowest_more);
    let same_everywhere = marks.highest.is_empty() && marks.lowest.is_empty();
    let no_priorities = response.priorities.is_empty();
    let no_reflections = response.reflections.is_empty();
    let priorities = response
        .priorities
        .iter()
        .filter_map(|p| instrument.item(p))
        .map(|(d, i)| view! { <li>{i.text.clone()}<span class="meta">{d.name.clone()}</span></li> })
        .collect_view();
    let reflections = instrument
        .reflections
        .iter()
        .filter_map(|prompt| {
            let answer = response.reflections.get(&prompt.id)?.clone();
            Some(
                view! { <dt>{prompt.prompt.clone()}</dt><dd class="reflection-text">{answer}</dd> },
            )
        })
        .collect_view();
    let subtitle = match (&assessment.cycle, &assessment.manager) {
        (Some(c), Some(m)) => t().profile_cycle_manager(c, m),
        (Some(c), None) => c.clone(),
        (None, Some(m)) => t().profile_manager(m),
        (None, None) => String::new(),
    };

    view! {
        <h1 tabindex="-1" class="page-title">{t().profile_heading(&leader)}</h1>
        <p class="context">{subtitle}</p>
        {if assessment.both_submitted() {
            view! {
                <p class="notice">{t().profile_both_in()}" "<a href=Route::Report { assessment: id.clone() }.href()>{t().profile_open_report()}</a></p>
            }.into_any()
        } else if assessment.cohort.is_some() && assessment.manager.is_none() {
            // A cohort participant taking it alone: no manager to hand over to,
            // though one can still be invited.
            view! {
                <div class="notice">
                    <p>{t().profile_own_view_alone()}</p>
                    <div class="actions">
                        <a class="button" href=Route::Invite { assessment: id.clone() }.href()>{t().profile_invite_own_manager()}</a>
                        <a class="button" href=Route::Turn { assessment: id.clone(), rater: Rater::Manager }.href()>{t().profile_manager_turn_here()}</a>
                    </div>
                </div>
            }.into_any()
        } else {
            view! {
                <div class="notice">
                    <p>{t().profile_own_view(&leader, &assessment.display_name(Rater::Manager, t()))}</p>
                    <div class="actions">
                        <a class="button primary" href=Route::Turn { assessment: id.clone(), rater: Rater::Manager }.href()>{t().report_manager_turn()}</a>
                        <a class="button" href=Route::Invite { assessment: id.clone() }.href()>{t().profile_invite_manager()}</a>
                    </div>
                </div>
            }.into_any()
        }}
        {assessment.cohort.as_ref().map(|c| {
            let href = Route::ShareWithCohort { assessment: id.clone() }.href();
            view! {
                <div class="notice cohort-share">
                    <p>{t().profile_cohort_share(&c.name)}</p>
                    <p><a class="button primary" id="share-with-cohort" href=href>{t().report_share_cohort()}</a></p>
                </div>
            }
        })}
        <section aria-labelledby="scores-heading" class="report-section">
            <h2 id="scores-heading">{t().profile_scores_heading()}</h2>
            <p class="hint">{t().profile_scores_hint()}</p>
            <div class="chart-and-table">
                <Chart draw=build label=t().profile_chart(&instrument.dimensions.len())/>
                <ScoreTable results=results caption=t().profile_table_caption().to_string()/>
            </div>
        </section>
        <section aria-labelledby="highlights-heading" class="report-section">
            <h2 id="highlights-heading">{t().profile_highlights_heading()}</h2>
            {if same_everywhere {
                view! { <p>{t().profile_same_everywhere()}</p> }.into_any()
            } else {
                view! {
                    <div class="two-columns">
                        <div>
                            <h3>{t().profile_highest()}</h3>
                            <ol class="highlights highest">{highlight_list(marks.highest, instrument)}</ol>
                            {highest_more}
                        </div>
                        <div>
                            <h3>{t().profile_lowest()}</h3>
                            <ol class="highlights lowest">{highlight_list(marks.lowest, instrument)}</ol>
                            {lowest_more}
                        </div>
                    </div>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="priorities-heading" class="report-section">
            <h2 id="priorities-heading">{t().profile_priorities()}</h2>
            {no_priorities.then(|| view! { <p class="empty">{t().profile_no_priorities()}</p> })}
            <ol class="priority-list">{priorities}</ol>
        </section>
        <section aria-labelledby="reflections-heading" class="report-section">
            <h2 id="reflections-heading">{t().profile_reflections()}</h2>
            {no_reflections.then(|| view! { <p class="empty">{t().profile_no_reflections()}</p> })}
            <dl class="reflection-list">{reflections}</dl>
        </section>
        <p><a class="button" href=Route::Home.href()>{t().report_back_home()}</a></p>
    }
    .into_any()
}
