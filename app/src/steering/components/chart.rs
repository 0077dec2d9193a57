//! Charts drawn on the server as SVG, no JavaScript: each has a text alternative (its title)
//! and the same numbers in a table beside it, for screen readers and for copying.
use crate::steering::bar_length;
use leptos::prelude::*;

/// The drawing's width in its own units (it scales to the column it stands in).
const WIDTH: f64 = 320.0;
/// Height of one bar, and the line a row's label takes.
const BAR: f64 = 11.0;
const LABEL: f64 = 16.0;
/// Room kept right of the longest bar for its number.
const NUMBER: f64 = 44.0;

/// One row of a chart: its label and one value per series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub label: String,
    /// The label's language, when it is content in another language than the page.
    pub lang: Option<&'static str>,
    pub values: Vec<i64>,
}

impl ChartRow {
    pub fn new(label: impl Into<String>, values: Vec<i64>) -> Self {
        ChartRow {
            label: label.into(),
            lang: None,
            values,
        }
    }
}

/// A horizontal bar chart with one bar per series in each row, then the table of its numbers.
/// `max` fixes the full length (e.g. a festival's target); otherwise the largest value fills it.
#[component]
pub fn BarChart(
    /// Unique on the page: the chart's and table's ids start with it.
    id: String,
    /// What the chart shows (its accessible name and the table's caption).
    title: String,
    /// The heading of the rows' column.
    label_heading: String,
    /// The series' names (the table's columns, the legend).
    series: Vec<String>,
    rows: Vec<ChartRow>,
    #[prop(optional)] max: Option<i64>,
) -> impl IntoView {
    let biggest = rows
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .max()
        .unwrap_or(0);
    let max = max.unwrap_or(biggest).max(biggest);
    let row_height = LABEL + BAR * series.len() as f64 + 6.0;
    let height = (row_height * rows.len() as f64).max(row_height);
    let title_id = format!("{id}-title");
    let region = title.clone();
    let legend = (series.len() > 1).then(|| {
        view! {
            <ul class="chart-legend" aria-hidden="true">
                {series.iter().enumerate().map(|(n, name)| view! {
                    <li><span class=format!("chart-swatch chart-s{n}")></span>{name.clone()}</li>
                }).collect_view()}
            </ul>
        }
    });
    let bars = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let top = r as f64 * row_height;
            let label_y = top + LABEL - 4.0;
            let values = row
                .values
                .iter()
                .enumerate()
                .map(|(s, value)| {
                    let y = top + LABEL + s as f64 * BAR;
                    let length = bar_length(*value, max, WIDTH - NUMBER);
                    view! {
                        <rect class=format!("chart-s{s}") x="0" y=format!("{y:.1}")
                            width=format!("{length:.1}") height=format!("{:.1}", BAR - 2.0) />
                        <text class="chart-number" x=format!("{:.1}", length + 4.0)
                            y=format!("{:.1}", y + BAR - 3.0)>{value.to_string()}</text>
                    }
                })
                .collect_view();
            view! {
                <text class="chart-label" x="0" y=format!("{label_y:.1}") lang=row.lang>{row.label.clone()}</text>
                {values}
            }
        })
        .collect_view();
    view! {
        <figure class="chart" id=id.clone()>
            {legend}
            <svg class="chart-bars" role="img" aria-labelledby=title_id.clone()
                viewBox=format!("0 0 {WIDTH} {height:.0}") width="100%" preserveAspectRatio="xMinYMin meet">
                <title id=title_id.clone()>{title.clone()}</title>
                {bars}
            </svg>
            <div class="table-scroll" tabindex="0" role="group" aria-label=region>
            <table class="chart-table">
                <caption>{title}</caption>
                <thead><tr>
                    <th scope="col">{label_heading}</th>
                    {series.iter().map(|name| view! { <th scope="col" class="number">{name.clone()}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row" lang=row.lang>{row.label}</th>
                            {row.values.into_iter().map(|v| view! { <td class="number">{v}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </figure>
    }
}

/// A square table of counts between the same labels (sectors meeting in teams), each cell
/// shaded by its share of the largest; the numbers are the text.
#[component]
pub fn Matrix(
    title: String,
    labels: Vec<String>,
    /// `cell(row, column)`: the count, none on the diagonal.
    cells: Vec<Vec<Option<i64>>>,
) -> impl IntoView {
    let max = cells.iter().flatten().flatten().copied().max().unwrap_or(0);
    let region = title.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=region>
        <table class="chart-matrix">
            <caption>{title}</caption>
            <thead><tr>
                <td></td>
                {labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {cells.into_iter().zip(labels.clone()).map(|(row, label)| view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {row.into_iter().map(|cell| match cell {
                            None => view! { <td class="matrix-self">"–"</td> }.into_any(),
                            Some(n) => {
                                let level = if max == 0 { 0 } else { (n * 4 + max - 1) / max };
                                view! { <td class=format!("number heat-{level}")>{n}</td> }.into_any()
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
