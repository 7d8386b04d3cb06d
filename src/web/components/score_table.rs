//! The table equivalent of a profile chart: every dimension's score, or
//! "not enough data", with how many items were rated.

use crate::domain::rules::scoring::{DimensionResult, DimensionScore};
use crate::web::language::t;
use leptos::prelude::*;

/// Dimension scores as a table.
#[component]
pub fn ScoreTable(
    /// The dimension results, in instrument order.
    results: Vec<DimensionResult>,
    /// The table's caption.
    caption: String,
) -> impl IntoView {
    let rows = results
        .into_iter()
        .map(|r| {
            let score = crate::domain::base::format::dimension_score(t(), r.score.mean());
            let class = match r.score {
                DimensionScore::Mean(_) => "score",
                DimensionScore::NotEnoughData => "score not-enough-data",
            };
            view! {
                <tr data-dimension=r.dimension_id>
                    <th scope="row">{r.name}</th>
                    <td class=class>{score}</td>
                    <td>{t().score_table_rated_of(&r.rated, &r.total)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="scores">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t().report_col_dimension()}</th>
                    <th scope="col">{t().score_table_score()}</th>
                    <th scope="col">{t().score_table_rated()}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
