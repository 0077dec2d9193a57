//! `/steering/import`: the steering group uploads a CSV of organisations or of mentors, sees
//! every row with its problems (`/steering/import/{id}`) and imports a file without any.
use crate::i18n::*;
use crate::steering::api::{get_import, list_imports, RunImport};
use crate::steering::components::{FileProblemNote, PreviewTable};
use crate::steering::import::{ImportKind, Preview};
use crate::steering::ImportSummary;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The upload form, what a file needs, and the files uploaded lately.
#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let recent = Resource::new(|| (), |_| list_imports());
    view! {
        <Page title=move || t_string!(i18n, imp_title) class="import-page">
            <p class="lead">{t!(i18n, imp_lead)}</p>
            <Loaded resource=recent view=recent_view />
        </Page>
    }
}

/// The upload form (with what was wrong with the last upload), and the files uploaded lately.
fn recent_view(
    recent: Vec<ImportSummary>,
    _flash: Option<crate::common::FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let problem = move || query.with(|q| q.get("problem"));
    view! {
                {problem().map(|code| view! {
                    <div class="notice notice-error" role="alert">
                        <FileProblemNote detail=if code == "too_large" { (crate::steering::import::FILE_MAX / 1024 / 1024).to_string() } else { String::new() } code />
                    </div>
                })}
                <form method="post" action="/steering/import" enctype="multipart/form-data" class="stack import-form" novalidate>
                    <div class="field">
                        <label for="import-kind">{t!(i18n, imp_kind)}</label>
                        <select id="import-kind" name="kind">
                            {ImportKind::ALL.into_iter().map(|k| view! { <option value=k.code()>{k.label(i18n)}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="import-file">{t!(i18n, imp_file)}</label>
                        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required
                            aria-describedby="import-file-hint" />
                        <p class="hint" id="import-file-hint">{t!(i18n, imp_file_hint)}</p>
                    </div>
                    <button type="submit" class="button">{t!(i18n, imp_preview)}</button>
                </form>
                <section class="panel" aria-labelledby="imp-columns">
                    <h2 id="imp-columns">{t!(i18n, imp_columns)}</h2>
                    <p>{t!(i18n, imp_kind_organisations)} ": " <code>"name, sector, kind"</code> " " {t!(i18n, imp_optional)} " "
                        <code>"website, description, offers"</code></p>
                    <p>{t!(i18n, imp_kind_mentors)} ": " <code>"name, email"</code> " " {t!(i18n, imp_optional)} " " <code>"expertise, capacity"</code></p>
                    <p class="hint">{t!(i18n, imp_values_hint)}</p>
                </section>
                {(!recent.is_empty()).then(|| view! {
                    <section class="panel" aria-labelledby="imp-recent">
                        <h2 id="imp-recent">{t!(i18n, imp_recent)}</h2>
                        <ul class="plain-list">
                            {recent.into_iter().map(|r| view! {
                                <li>
                                    <a href=format!("/steering/import/{}", r.id)>{r.file_name.clone()}</a>
                                    " · " {r.kind.label(i18n)} " · " {r.created_at.clone()} " · "
                                    {match r.imported {
                                        Some(n) => t_string!(i18n, imp_done_n).replace("{n}", &n.to_string()),
                                        None => t_string!(i18n, imp_not_imported).to_owned(),
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                })}
    }
}

/// An uploaded file's preview, and the button that imports it when nothing is wrong.
#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let preview = Resource::new(id, get_import);
    view! {
        <Page title=move || t_string!(i18n, imp_preview_title) class="import-page">
            <p><a href="/steering/import">{t!(i18n, imp_back)}</a></p>
            <Loaded resource=preview view=move |p: Preview, flash| preview_view(p, flash) />
        </Page>
    }
}

fn preview_view(p: Preview, flash: Option<crate::common::FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let troubled = p.troubled();
    let total = p.rows.len();
    let action = ServerAction::<RunImport>::new();
    view! {
        <p class="meta">{p.file_name.clone()} " · " {p.kind.label(i18n)}</p>
        {p.imported.clone().map(|(at, n)| view! {
            <div class="notice notice-success" role="status" data-testid="import-done">
                <p>{t_string!(i18n, imp_imported).replace("{n}", &n.to_string()).replace("{at}", &at)}</p>
            </div>
        })}
        {p.notes.iter().map(|note| view! {
            <p class="notice">{match note.as_str() {
                "bom" => t_string!(i18n, imp_note_bom),
                _ => t_string!(i18n, imp_note_semicolons),
            }}</p>
        }).collect_view()}
        {p.file_problem.clone().map(|fp| view! {
            <div class="notice notice-error" role="alert" data-testid="import-file-problem">
                <FileProblemNote code=fp.code detail=fp.detail />
                <p>{t!(i18n, imp_fix_and_upload)}</p>
            </div>
        })}
        {(p.file_problem.is_none() && p.imported.is_none()).then(|| view! {
            <p role="status" data-testid="import-summary">
                {t_string!(i18n, imp_summary).replace("{n}", &total.to_string()).replace("{bad}", &troubled.to_string())}
            </p>
        })}
        {(troubled > 0).then(|| view! {
            <div class="notice notice-error" role="alert"><p>{t!(i18n, imp_fix_and_upload)}</p></div>
        })}
        {p.importable().then(|| view! {
            <ServerForm action id="run_import" flash>
                <input type="hidden" name="id" value=p.id.to_string() />
                <Submit label=t_string!(i18n, imp_run).replace("{n}", &total.to_string()) />
            </ServerForm>
        })}
        {(!p.rows.is_empty()).then(|| view! { <PreviewTable columns=p.columns.clone() rows=p.rows.clone() /> })}
    }
}
