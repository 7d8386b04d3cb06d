//! The cohort dashboard: how many shared, each dimension's spread, the
//! widest self–manager gaps, an item heatmap, the most chosen priorities and
//! prompts for the group. Every chart has a table beside it; item-level
//! detail is withheld below the minimum group size.

use crate::charts::cohort::{
    dimension_boxplots, dimension_boxplots_height, widest_gap_bars, widest_gap_bars_height,
};
use crate::charts::{Drawn, Look};
use crate::domain::cohort::aggregate::{ItemStats, Picture, RatingCounts, Summary, TeamsPicture};
use crate::domain::cohort::prompts::discussion_prompts;
use crate::domain::format;
use crate::domain::instrument::Instrument;
use crate::domain::thresholds::MIN_GROUP;
use crate::web::components::chart::Chart;
use leptos::prelude::*;
use std::rc::Rc;

fn median_text(s: Option<Summary>) -> String {
    s.map(|s| format::score(s.median))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

fn range_text(s: Option<Summary>, low: fn(&Summary) -> f64, high: fn(&Summary) -> f64) -> String {
    s.map(|s| format!("{}–{}", format::score(low(&s)), format::score(high(&s))))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The dimension table: the box plots' figures. `scrollable` lets keyboard
/// users scroll it sideways (not where it is only for screen readers).
pub(super) fn dimension_table(picture: &Picture, scrollable: bool) -> impl IntoView {
    let managers = picture.with_manager > 0;
    let rows = picture
        .dimensions
        .iter()
        .map(|d| {
            let manager_cells = managers.then(|| {
                view! {
                    <td class="manager-median">{median_text(d.manager)}</td>
                    <td>{range_text(d.manager, |s| s.q1, |s| s.q3)}</td>
                    <td>{d.manager.map_or(0, |s| s.count)}</td>
                }
            });
            view! {
                <tr data-dimension=d.dimension_id.clone()>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="self-median">{median_text(d.leader)}</td>
                    <td>{range_text(d.leader, |s| s.q1, |s| s.q3)}</td>
                    <td>{range_text(d.leader, |s| s.min, |s| s.max)}</td>
                    <td>{d.leader.map_or(0, |s| s.count)}</td>
                    {manager_cells}
                </tr>
            }
        })
        .collect_view();
    let manager_heads = managers.then(|| {
        view! {
            <th scope="col">"Manager median"</th>
            <th scope="col">"Manager middle half"</th>
            <th scope="col">"Managers"</th>
        }
    });
    view! {
        <div class="table-wrap" role="region" aria-label="Dimension scores across the cohort" tabindex=scrollable.then_some("0")>
        <table class="scores cohort-dimensions">
            <caption>"Dimension scores across the cohort (1–5)"</caption>
            <thead>
                <tr>
                    <th scope="col">"Dimension"</th>
                    <th scope="col">"Self median"</th>
                    <th scope="col">"Self middle half"</th>
                    <th scope="col">"Self range"</th>
                    <th scope="col">"Participants"</th>
                    {manager_heads}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

/// A heatmap cell's shade, 0–5, from the share of answers it holds.
fn heat(count: usize, total: usize) -> &'static str {
    const CLASSES: [&str; 6] = ["heat-0", "heat-1", "heat-2", "heat-3", "heat-4", "heat-5"];
    if total == 0 || count == 0 {
        return CLASSES[0];
    }
    let level = ((count as f64 / total as f64) * 5.0).ceil() as usize;
    CLASSES[level.clamp(1, 5)]
}

/// The item heatmap for one side: how many gave each answer to each item
/// (with the managers' median beside it when `manager_median`, as on the
/// projector, where two tables do not fit a slide). It is a table, so it is
/// its own text equivalent.
pub(super) fn heatmap<'a>(
    items: impl IntoIterator<Item = &'a ItemStats>,
    instrument: &'static Instrument,
    caption: String,
    id: &'static str,
    side: fn(&ItemStats) -> RatingCounts,
    manager_median: bool,
) -> impl IntoView {
    let heads = (1..=5u8)
        .map(|s| {
            let word = instrument.scale_word(s).unwrap_or_default().to_string();
            view! { <th scope="col"><span class="digit">{s}</span>" "<span class="word">{word}</span></th> }
        })
        .collect_view();
    let rows = items
        .into_iter()
        .map(|item| {
            let counts = side(item);
            let total = counts.rated() + counts.not_observed;
            let cells = counts
                .scores
                .iter()
                .map(|&n| view! { <td class=heat(n, total)>{n}</td> })
                .collect_view();
            view! {
                <tr data-item=item.item_id.clone()>
                    <th scope="row"><span class="behaviour">{item.text.clone()}</span><span class="meta">{item.dimension.clone()}</span></th>
                    {cells}
                    <td>{counts.not_observed}</td>
                    <td class="item-median">{median_text(counts.summary())}</td>
                    {manager_median.then(|| view! { <td class="item-manager-median">{median_text(item.manager.summary())}</td> })}
                </tr>
            }
        })
        .collect_view();
    let region = caption.clone();
    view! {
        <div class="table-wrap" role="region" aria-label=region tabindex="0">
            <table class="heatmap" id=id>
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"Behaviour"</th>{heads}<th scope="col">"Not observed"</th><th scope="col">"Median"</th>{manager_median.then(|| view! { <th scope="col">"Manager median"</th> })}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Builds the box plots of each dimension's spread, at `text_px` when set
/// (the projector's large type) or the page's size.
pub(super) fn spread_chart(
    picture: &Picture,
    text_px: impl Fn() -> Option<u32> + 'static,
) -> impl Fn(&Look) -> Drawn + 'static {
    let picture = Rc::new(picture.clone());
    move |look: &Look| {
        let look = sized(look, text_px());
        Drawn::new(
            &dimension_boxplots(&picture, &look),
            &look,
            dimension_boxplots_height(&picture, &look),
        )
    }
}

/// Builds the bars of the widest self–manager gaps (see [`spread_chart`]).
pub(super) fn gaps_chart(
    widest: &[&ItemStats],
    text_px: impl Fn() -> Option<u32> + 'static,
) -> impl Fn(&Look) -> Drawn + 'static {
    let items: Rc<Vec<ItemStats>> = Rc::new(widest.iter().map(|i| (*i).clone()).collect());
    move |look: &Look| {
        let look = sized(look, text_px());
        let items: Vec<&ItemStats> = items.iter().collect();
        Drawn::new(
            &widest_gap_bars(&items, &look),
            &look,
            widest_gap_bars_height(&items, &look),
        )
    }
}

fn sized(look: &Look, text_px: Option<u32>) -> Look {
    match text_px {
        Some(px) => Look::new(look.palette.with_font_size(px), look.width),
        None => *look,
    }
}

/// The widest gaps' table: the gap chart's figures.
pub(super) fn gaps_table(widest: &[&ItemStats]) -> impl IntoView {
    let rows = widest
        .iter()
        .map(|i| {
            let gap = i.mean_gap.unwrap_or_default();
            view! {
                <tr data-item=i.item_id.clone()>
                    <th scope="row">{i.text.clone()}</th>
                    <td>{format::signed_score(gap)}</td>
                    <td>{i.pairs}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="scores" id="widest-gaps">
            <caption>"Widest mean gaps (self − manager)"</caption>
            <thead><tr><th scope="col">"Behaviour"</th><th scope="col">"Mean gap"</th><th scope="col">"Pairs"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The most chosen priorities, most chosen first.
pub(super) fn priority_list(top: &[&ItemStats]) -> impl IntoView {
    let rows = top
        .iter()
        .map(|i| {
            view! {
                <li data-item=i.item_id.clone()>
                    <span class="behaviour">{i.text.clone()}</span>
                    <span class="meta">{format!(
                        "{} · chosen {}",
                        i.dimension,
                        plural(i.leader_priority + i.manager_priority, "time", "times")
                    )}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="priority-list" id="top-priorities">{rows}</ol> }
}

/// The questions for the group, each with its coaching stage.
pub(super) fn prompt_list(picture: &Picture) -> impl IntoView {
    let prompts = discussion_prompts(picture)
        .into_iter()
        .map(|p| view! { <li><span class="stage-name">{p.stage.name()}</span>" "<span>{p.text}</span></li> })
        .collect_view();
    view! { <ol class="prompt-list">{prompts}</ol> }
}

/// How many took part, as one sentence with a large figure.
pub(super) fn headline(picture: &Picture) -> impl IntoView {
    let n = picture.participants;
    view! {
        <p class="cohort-counts">
            <span class="big-figure" id="cohort-participants">{n}</span>" "
            {if n == 1 { "participant has" } else { "participants have" }}" shared their answers"
            {(picture.with_manager > 0).then(|| format!(", {} with their manager's ratings", picture.with_manager))}
            "."
        </p>
    }
}

/// The dashboard for a cohort's picture.
/// The participants' teams, from the team pulse figures they shared.
fn teams_section(teams: &TeamsPicture) -> impl IntoView {
    let body = if teams.teams == 0 {
        view! { <p class="empty" id="teams-none">"No participant has shared a team pulse yet. Leaders can ask their team from their report (“Ask my team”) and share again."</p> }.into_any()
    } else if !teams.shown() {
        view! { <p class="empty" id="teams-withheld">{format!(
            "{} shared their team pulse so far. The teams' figures appear once at least {MIN_GROUP} have, so no team can be picked out.",
            plural(teams.teams, "participant has", "participants have")
        )}</p> }.into_any()
    } else {
        let rows = teams
            .dimensions
            .iter()
            .map(|d| view! {
                <tr data-dimension=d.dimension_id.clone()>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="num">{d.teams}</td>
                    <td class="num team">{d.mean.map(format::score).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
                </tr>
            })
            .collect_view();
        view! {
            <p>{format!("{} shared their team pulse: {} from their teams in all.", plural(teams.teams, "participant", "participants"), plural(teams.answers, "answer", "answers"))}</p>
            <div class="table-wrap" role="region" aria-labelledby="teams-caption" tabindex="0"><table class="scores" id="teams-table">
                <caption id="teams-caption">"Mean of the teams' mean agreement, 1–5 (Strongly disagree = 1 … Strongly agree = 5)"</caption>
                <thead><tr><th scope="col">"Dimension"</th><th scope="col" class="num">"Teams"</th><th scope="col" class="num">"Teams' mean"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }.into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="teams-heading">
            <h2 id="teams-heading">"The teams' view"</h2>
            {body}
        </section>
    }
}

#[component]
pub fn Dashboard(
    /// The questions.
    instrument: &'static Instrument,
    /// The cohort's picture.
    picture: Picture,
) -> impl IntoView {
    let n = picture.participants;
    if n == 0 {
        return view! {
            {headline(&picture)}
            <p class="empty">"No codes gathered yet. The picture appears here as participants share their anonymous codes."</p>
        }
        .into_any();
    }
    let item_sections = if picture.item_detail() {
        let widest = picture.widest_gaps();
        let gaps = if widest.is_empty() {
            view! {
                <p class="empty" id="gaps-withheld">{format!(
                    "Gaps between self and manager ratings appear once at least {MIN_GROUP} participants have shared their manager's ratings for the same behaviours."
                )}</p>
            }
            .into_any()
        } else {
            view! {
                <div class="chart-and-table stacked">
                    <Chart draw=gaps_chart(&widest, || None) label="Bar chart of the behaviours with the widest mean gap between self and manager ratings; the same figures are in the table."/>
                    {gaps_table(&widest)}
                </div>
            }
            .into_any()
        };
        let top = picture.top_priorities();
        let priorities = if top.is_empty() {
            view! { <p class="empty">"Nobody chose priorities."</p> }.into_any()
        } else {
            priority_list(&top).into_any()
        };
        let self_heatmap = heatmap(
            &picture.items,
            instrument,
            "Participants' own ratings: how many gave each rating".into(),
            "heatmap-self",
            |i| i.leader,
            false,
        );
        let manager_heatmap = picture.manager_detail.then(|| {
            heatmap(
                &picture.items,
                instrument,
                "Managers' ratings: how many gave each rating".into(),
                "heatmap-manager",
                |i| i.manager,
                false,
            )
        });
        view! {
            <section class="report-section" aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">"Where leaders and managers see it differently"</h2>
                {gaps}
            </section>
            <section class="report-section" aria-labelledby="heatmap-heading">
                <h2 id="heatmap-heading">"Every behaviour"</h2>
                <p class="hint">"Darker cells hold more of the answers."</p>
                {self_heatmap}
                {manager_heatmap}
            </section>
            <section class="report-section" aria-labelledby="cohort-priorities-heading">
                <h2 id="cohort-priorities-heading">"Most chosen priorities"</h2>
                {priorities}
            </section>
        }
        .into_any()
    } else {
        view! {
            <p class="notice" id="item-detail-withheld">{format!(
                "Behaviour-level detail (gaps, every behaviour, priorities) appears once at least {MIN_GROUP} participants have shared, so that nobody's answers can be singled out. {} so far.",
                plural(n, "participant", "participants")
            )}</p>
        }
        .into_any()
    };
    view! {
        {headline(&picture)}
        <section class="report-section" aria-labelledby="spread-heading">
            <h2 id="spread-heading">"How the cohort rates each dimension"</h2>
            <p class="hint">{SPREAD_HINT}</p>
            <div class="chart-and-table stacked">
                <Chart draw=spread_chart(&picture, || None) label=SPREAD_LABEL/>
                {dimension_table(&picture, true)}
            </div>
        </section>
        {item_sections}
        {teams_section(&picture.teams)}
        <section class="report-section" aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">"Questions for the group"</h2>
            {prompt_list(&picture)}
        </section>
    }
    .into_any()
}

/// How to read the box plots.
pub(super) const SPREAD_HINT: &str = "Each box spans the middle half of the scores, the line inside is the median, and the whiskers reach the lowest and highest.";

/// The box plots' description for assistive technology.
pub(super) const SPREAD_LABEL: &str =
    "Box plots of each dimension's scores across the cohort; the same figures are in the table.";
