//! An import's parts: what is wrong with a whole file, and the table of its rows.
use crate::i18n::*;
use crate::steering::import::ImportRow;
use leptos::prelude::*;

/// The sentence for a file problem (`detail`: the line, the columns, the megabytes).
#[component]
pub fn FileProblemNote(code: String, detail: String) -> impl IntoView {
    let i18n = use_i18n();
    let text = match code.as_str() {
        "too_large" => t_string!(i18n, imp_file_too_large),
        "utf16" => t_string!(i18n, imp_file_utf16),
        "not_utf8" => t_string!(i18n, imp_file_not_utf8),
        "binary" => t_string!(i18n, imp_file_binary),
        "empty" => t_string!(i18n, imp_file_empty),
        "open_quote" => t_string!(i18n, imp_file_open_quote),
        "too_many_rows" => t_string!(i18n, imp_file_too_many_rows),
        "missing_columns" => t_string!(i18n, imp_file_missing_columns),
        "unknown_columns" => t_string!(i18n, imp_file_unknown_columns),
        "no_rows" => t_string!(i18n, imp_file_no_rows),
        "no_file" => t_string!(i18n, imp_file_none),
        _ => t_string!(i18n, imp_file_unreadable),
    };
    view! { <p>{text.replace("{detail}", &detail)}</p> }
}

/// The sentence for a row problem.
fn row_problem(i18n: crate::common::codes::I18n, code: &str) -> &'static str {
    match code {
        "name_missing" => t_string!(i18n, imp_row_name_missing),
        "name_too_long" => t_string!(i18n, imp_row_name_too_long),
        "duplicate_existing" => t_string!(i18n, imp_row_duplicate_existing),
        "duplicate_in_file" => t_string!(i18n, imp_row_duplicate_in_file),
        "sector_unknown" => t_string!(i18n, imp_row_sector_unknown),
        "kind_unknown" => t_string!(i18n, imp_row_kind_unknown),
        "website_invalid" => t_string!(i18n, imp_row_website_invalid),
        "offer_unknown" => t_string!(i18n, imp_row_offer_unknown),
        "email_invalid" => t_string!(i18n, imp_row_email_invalid),
        "email_missing" => t_string!(i18n, imp_row_email_missing),
        "already_mentor" => t_string!(i18n, imp_row_already_mentor),
        "capacity_invalid" => t_string!(i18n, imp_row_capacity_invalid),
        "text_too_long" => t_string!(i18n, imp_row_text_too_long),
        "minor" => t_string!(i18n, imp_row_minor),
        "account_unconfirmed" => t_string!(i18n, imp_row_account_unconfirmed),
        _ => t_string!(i18n, imp_row_extra_cells),
    }
}

/// Every row of a file: its line, its values and its problems (rows with problems first).
#[component]
pub fn PreviewTable(columns: Vec<String>, rows: Vec<ImportRow>) -> impl IntoView {
    let i18n = use_i18n();
    let mut rows = rows;
    rows.sort_by_key(|r| (r.problems.is_empty(), r.line));
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=move || t_string!(i18n, imp_rows_caption)>
            <table class="import-table" data-testid="import-rows">
                <caption>{t!(i18n, imp_rows_caption)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, imp_line)}</th>
                    <th scope="col">{t!(i18n, imp_problems)}</th>
                    {columns.into_iter().map(|c| view! { <th scope="col"><code>{c}</code></th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let bad = !row.problems.is_empty();
                        view! {
                            <tr class:row-bad=bad>
                                <th scope="row">{row.line}</th>
                                <td>
                                    {if bad {
                                        view! { <ul class="row-problems">{row.problems.iter().map(|p| view! { <li>{row_problem(i18n, p)}</li> }).collect_view()}</ul> }.into_any()
                                    } else {
                                        view! { <span>{t!(i18n, imp_row_ok)}</span> }.into_any()
                                    }}
                                </td>
                                {row.values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
