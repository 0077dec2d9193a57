use crate::common::codes::I18n;
use crate::i18n::*;
use crate::ideas::api::RedactVersion;
use crate::ideas::*;
use crate::ui::format::date_of;
use crate::ui::forms::ServerForm;
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

fn field_label(i18n: I18n, field: &str) -> &'static str {
    match field {
        "title" => t_string!(i18n, idea_title_field),
        "summary" => t_string!(i18n, idea_summary_field),
        "description" => t_string!(i18n, idea_description_field),
        "tags" => t_string!(i18n, idea_tags_field),
        "sectors" => t_string!(i18n, idea_sectors),
        "district" => t_string!(i18n, idea_district),
        "point" => t_string!(i18n, idea_place),
        "need_skills" => t_string!(i18n, need_skills),
        "needs" => t_string!(i18n, idea_needs),
        _ => t_string!(i18n, needs_note),
    }
}

#[component]
pub(crate) fn HistoryView(history: History) -> impl IntoView {
    let i18n = use_i18n();
    let History {
        idea_id,
        title,
        versions,
        from,
        to,
        changes,
        may_redact,
    } = history;
    let options = versions.clone();
    let latest = versions.first().map(|v| v.version).unwrap_or(0);
    let query = use_query_map();
    let redacted_now = query.with_untracked(|q| q.get("redacted"));
    let redact = ServerAction::<RedactVersion>::new();
    view! {
        <h1>{t!(i18n, history_title)}</h1>
        <p><a href=format!("/ideas/{idea_id}")>{t!(i18n, back_to_idea)} " " {title}</a></p>
        {redacted_now.map(|version| view! {
            <div class="notice notice-success" role="status"><p>{t!(i18n, version_redacted_notice)} " " {version}</p></div>
        })}
        {may_redact.then(|| view! { <p class="hint">{t!(i18n, version_redact_hint)}</p> })}
        <ol class="versions" reversed>
            {versions.into_iter().map(|v| {
                let label = format!("{} – {} {}", t_string!(i18n, version_redact), t_string!(i18n, version_label), v.version);
                let idea = idea_id.to_string();
                let version = v.version.to_string();
                view! {
                    <li data-version=v.version>
                        <strong>{t!(i18n, version_label)} " " {v.version}</strong>
                        " · " {date_of(&v.created_at)} " · " <PersonName person=v.editor />
                        {v.redacted.then(|| view! { " · " <em data-testid="version-redacted">{t!(i18n, version_redacted)}</em> })}
                        {(may_redact && !v.redacted && v.version < latest).then(|| view! {
                            " "
                            <ServerForm action=redact id="redact_version" class="inline-form" scope=format!("redact{}", v.version)>
                                <input type="hidden" name="id" value=idea />
                                <input type="hidden" name="version" value=version />
                                <button type="submit" class="button button-secondary button-small" aria-label=label>{t!(i18n, version_redact)}</button>
                            </ServerForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
        {(options.len() > 1).then(|| {
            let select = move |name: &'static str, selected: i64| {
                let options = options.clone();
                view! {
                    <div class="field">
                        <label for=format!("history-{name}")>{if name == "from" { t!(i18n, history_from).into_any() } else { t!(i18n, history_to).into_any() }}</label>
                        <select id=format!("history-{name}") name=name>
                            {options.into_iter().map(|v| view! {
                                <option value=v.version selected=v.version == selected>{t!(i18n, version_label)} " " {v.version}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            };
            view! {
                <Form method="GET" action=format!("/ideas/{idea_id}/history") attr:class="filters">
                    {select("from", from)}
                    {select("to", to)}
                    <div class="filter-actions"><button type="submit" class="button">{t!(i18n, history_compare)}</button></div>
                </Form>
            }
        })}
        <h2>{t!(i18n, history_changes)} " " {from} " → " {to}</h2>
        {if changes.is_empty() {
            view! { <p class="empty">{t!(i18n, history_no_changes)}</p> }.into_any()
        } else {
            view! {
                <dl class="diff" data-testid="diff">
                    {changes.into_iter().map(|change| {
                        let field = change.field.clone();
                        view! {
                            <dt>{move || field_label(i18n, &field)}</dt>
                            <dd class="diff-text">
                                {change.parts.into_iter().map(|(kind, text)| match kind {
                                    DiffKind::Same => view! { <span>{text}</span> }.into_any(),
                                    DiffKind::Added => view! { <ins>{text}</ins> }.into_any(),
                                    DiffKind::Removed => view! { <del>{text}</del> }.into_any(),
                                }).collect_view()}
                            </dd>
                        }
                    }).collect_view()}
                </dl>
            }.into_any()
        }}
    }
}
