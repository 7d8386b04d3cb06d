//! The parts of the cohort's picture that both the dashboard and the
//! projector's slides show: the headline, the spread and gap charts with
//! their tables, the heatmap, the priorities and the prompts.

use crate::charts::cohort::{
    dimension_boxplots, dimension_boxplots_height, widest_gap_bars, widest_gap_bars_height,
};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::rules::cohort::aggregate::{ItemStats, Picture, RatingCounts, Summary};
use crate::domain::rules::cohort::prompts::discussion_prompts;
use crate::domain::sets::instrument::Instrument;
use crate::web::language::t;
use leptos::prelude::*;
use std::rc::Rc;

pub(super) fn median_text(s: Option<Summary>) -> String {
    s.map(|s| format::score(t().language(), s.median))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

fn range_text(s: Option<Summary>, low: fn(&Summary) -> f64, high: fn(&Summary) -> f64) -> String {
    s.map(|s| {
        format!(
            "{}–{}",
            format::score(t().language(), low(&s)),
            format::score(t().language(), high(&s))
        )
    })
    .unwrap_or_else(|| format::NO_FIGURE.into())
}

/// The dimension table: the box plots' figures. `scrollable` lets keyboard
/// users scroll it sideways (not where it is only for screen readers).
pub(super) fn dimension_table(picture: &Picture, scrollable: bool) -> impl IntoView {
    let managers = picture.manager_figures();
    let rows = picture
        .dimensions
        .iter()
        .map(|d| {
            let manager_cells = managers.then(|| {
                view! {
                    <td class="manager-median" data-label=t().cohort_col_manager_median()>{median_text(d.manager)}</td>
                    <td data-label=t().cohort_col_manager_middle()>{range_text(d.manager, |s| s.q1, |s| s.q3)}</td>
                    <td data-label=t().cohort_col_managers()>{d.manager.map_or(0, |s| s.count)}</td>
                }
            });
            view! {
                <tr data-dimension=d.dimension_id.clone()>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="self-median" data-label=t().cohort_col_self_median()>{median_text(d.leader)}</td>
                    <td data-label=t().cohort_col_self_middle()>{range_text(d.leader, |s| s.q1, |s| s.q3)}</td>
                    <td data-label=t().cohort_col_self_range()>{range_text(d.leader, |s| s.min, |s| s.max)}</td>
                    <td data-label=t().cohort_col_participants()>{d.leader.map_or(0, |s| s.count)}</td>
                    {manager_cells}
                </tr>
            }
        })
        .collect_view();
    let manager_heads = managers.then(|| {
        view! {
            <th scope="col">{t().cohort_col_manager_median()}</th>
            <th scope="col">{t().cohort_col_manager_middle()}</th>
            <th scope="col">{t().cohort_col_managers()}</th>
        }
    });
    view! {
        <div class="table-wrap" role="region" aria-label=t().cohort_dimensions_label() tabindex=scrollable.then_some("0")>
        <table class="scores cohort-dimensions stack">
            <caption>{t().cohort_dimensions_caption()}</caption>
            <thead>
                <tr>
                    <th scope="col">{t().cohort_col_dimension()}</th>
                    <th scope="col">{t().cohort_col_self_median()}</th>
                    <th scope="col">{t().cohort_col_self_middle()}</th>
                    <th scope="col">{t().cohort_col_self_range()}</th>
                    <th scope="col">{t().cohort_col_participants()}</th>
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
                <caption><span class="caption-text">{caption}<span class="scroll-hint">" "{t().cohort_scroll_hint()}</span></span></caption>
                <thead><tr><th scope="col">{t().cohort_col_behaviour()}</th>{heads}<th scope="col">{t().cohort_col_not_observed()}</th><th scope="col">{t().cohort_col_median()}</th>{manager_median.then(|| view! { <th scope="col">{t().cohort_col_manager_median()}</th> })}</tr></thead>
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
        Some(px) => Look::new(look.palette.with_font_size(px), look.width, look.words),
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
                    <td>{format::signed_score(t().language(), gap)}</td>
                    <td>{i.pairs}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="scores" id="widest-gaps">
            <caption>{t().cohort_gaps_caption()}</caption>
            <thead><tr><th scope="col">{t().cohort_col_behaviour()}</th><th scope="col">{t().cohort_col_mean_gap()}</th><th scope="col">{t().cohort_col_pairs()}</th></tr></thead>
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
                    <span class="meta">{t().cohort_priority_meta(
                        i.leader_priority + i.manager_priority,
                        &i.dimension,
                    )}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="priority-list" id="top-priorities">{rows}</ol> }
}

/// The questions for the group, each with its coaching stage.
pub(super) fn prompt_list(picture: &Picture) -> impl IntoView {
    let prompts = discussion_prompts(t(), picture)
        .into_iter()
        .map(|p| view! { <li><span class="stage-name">{p.stage.name(t())}</span>" "<span>{p.text}</span></li> })
        .collect_view();
    view! { <ol class="prompt-list">{prompts}</ol> }
}

/// How many took part, as one sentence with a large figure.
pub(super) fn headline(picture: &Picture) -> impl IntoView {
    let n = picture.participants;
    let text = match picture.with_manager {
        0 => t().cohort_headline(n),
        m => t().cohort_headline_managers(n, &m),
    };
    view! {
        <p class="cohort-counts">
            <span class="big-figure" id="cohort-participants">{n}</span>" "{text}
        </p>
    }
}

/// How to read the box plots, and why managers' boxes are missing while
/// fewer than [`MIN_GROUP`] managers have shared.
pub(super) fn spread_hint(picture: &Picture) -> String {
    let how = t().cohort_spread_how();
    if picture.with_manager == 0 || picture.manager_figures() {
        return how.into();
    }
    format!(
        "{how} {}",
        t().cohort_spread_managers_withheld(&MIN_GROUP, &picture.with_manager)
    )
}
