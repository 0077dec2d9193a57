//! `/steering/audit`: every steering action, newest first, filtered by area, person and days
//! through a plain GET form (the filter is in the URL); read only.
use crate::i18n::*;
use crate::steering::api::list_audit;
use crate::steering::audit::{AuditArea, AuditEntry, AuditPage};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The filter as the URL holds it.
#[derive(Clone, Default, PartialEq)]
struct Asked {
    area: String,
    actor: String,
    from: String,
    to: String,
    before: String,
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            Asked {
                area: get("area"),
                actor: get("actor"),
                from: get("from"),
                to: get("to"),
                before: get("before"),
            }
        })
    };
    let page = Resource::new(asked, |a| {
        list_audit(a.area, a.actor, a.from, a.to, a.before)
    });
    view! {
        <Page title=move || t_string!(i18n, aud_title) class="audit-page">
            <p class="lead">{t!(i18n, aud_lead)}</p>
            <p><a href="/steering">{t!(i18n, dec_back_desk)}</a> " · " <a href="/steering/decisions">{t!(i18n, dec_title)}</a></p>
            <Loaded resource=page view=move |p: AuditPage, _| audit_view(p, asked()) />
        </Page>
    }
}

fn audit_view(page: AuditPage, asked: Asked) -> impl IntoView {
    let i18n = use_i18n();
    let older = page.older.map(|before| {
        let mut pairs = vec![
            ("area", asked.area.clone()),
            ("actor", asked.actor.clone()),
            ("from", asked.from.clone()),
            ("to", asked.to.clone()),
        ];
        pairs.retain(|(_, v)| !v.is_empty());
        pairs.push(("before", before.to_string()));
        let query: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", crate::ui::lang_switch::encode_component(&v)))
            .collect();
        format!("/steering/audit?{}", query.join("&"))
    });
    let filtered = !(asked.area.is_empty()
        && asked.actor.is_empty()
        && asked.from.is_empty()
        && asked.to.is_empty());
    view! {
        <form method="get" action="/steering/audit" class="filters audit-filter" role="search"
            aria-label=move || t_string!(i18n, aud_filter)>
            <div class="field">
                <label for="audit-area">{t!(i18n, aud_area)}</label>
                <select id="audit-area" name="area">
                    <option value="" selected=asked.area.is_empty()>{t!(i18n, aud_area_all)}</option>
                    {AuditArea::ALL.into_iter().map(|a| view! {
                        <option value=a.code() selected=asked.area == a.code()>{a.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="audit-actor">{t!(i18n, aud_actor)}</label>
                <select id="audit-actor" name="actor">
                    <option value="" selected=asked.actor.is_empty()>{t!(i18n, aud_actor_all)}</option>
                    {page.actors.iter().map(|(id, name)| view! {
                        <option value=id.to_string() selected=asked.actor == id.to_string()>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="audit-from">{t!(i18n, st_from)}</label>
                <input id="audit-from" name="from" type="date" value=asked.from.clone() />
            </div>
            <div class="field">
                <label for="audit-to">{t!(i18n, st_to)}</label>
                <input id="audit-to" name="to" type="date" value=asked.to.clone() />
            </div>
            <button type="submit" class="button">{t!(i18n, aud_show)}</button>
        </form>
        {if page.entries.is_empty() {
            view! { <p class="empty" role="status">{if filtered { t!(i18n, aud_none_filtered).into_any() } else { t!(i18n, aud_none).into_any() }}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" tabindex="0" role="group" aria-label=move || t_string!(i18n, aud_title)>
                    <table class="audit-table" data-testid="audit-rows">
                        <caption>{t!(i18n, aud_caption)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, aud_when)}</th>
                            <th scope="col">{t!(i18n, aud_who)}</th>
                            <th scope="col">{t!(i18n, aud_what)}</th>
                            <th scope="col">{t!(i18n, aud_subject)}</th>
                            <th scope="col">{t!(i18n, aud_detail)}</th>
                        </tr></thead>
                        <tbody>{page.entries.into_iter().map(entry_view).collect_view()}</tbody>
                    </table>
                </div>
            }.into_any()
        }}
        {older.map(|href| view! { <p><a href=href rel="next">{t!(i18n, aud_older)}</a></p> })}
    }
}

fn entry_view(e: AuditEntry) -> impl IntoView {
    let i18n = use_i18n();
    let name = e
        .subject_name
        .clone()
        .unwrap_or_else(|| e.subject_id.map(|id| format!("#{id}")).unwrap_or_default());
    view! {
        <tr>
            <td>{e.at.clone()}</td>
            <td>{e.actor.clone().unwrap_or_else(|| t_string!(i18n, aud_system).to_owned())}</td>
            <td>{e.action.label(i18n)}</td>
            <td>{match e.subject_path.clone() {
                Some(href) => view! { <a href=href>{name}</a> }.into_any(),
                None => view! { <span>{name}</span> }.into_any(),
            }}</td>
            <td>{e.detail.clone()}</td>
        </tr>
    }
}
