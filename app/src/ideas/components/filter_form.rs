use crate::common::sectors::Sector;
use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;
use leptos_router::components::{Form, A};

#[component]
pub(crate) fn FilterForm(filter: IdeaFilter) -> impl IntoView {
    let i18n = use_i18n();
    let sector = filter.sector.map(Sector::code).unwrap_or_default();
    let stage = filter.stage.map(Stage::code).unwrap_or_default();
    let district = filter.district.map(District::code).unwrap_or_default();
    let needs = filter.needs.map(NeedKind::code).unwrap_or_default();
    let sort = filter.sort;
    let tag = filter.tag.clone();
    view! {
        <Form method="GET" action="/ideas" attr:class="filters" attr:role="search" attr:aria-label=move || t_string!(i18n, ideas_filters)>
            <div class="field filter-q">
                <label for="ideas-q">{t!(i18n, ideas_search_label)}</label>
                <input id="ideas-q" name="q" type="search" value=filter.q.clone() maxlength="100" />
            </div>
            <div class="field">
                <label for="ideas-sector">{t!(i18n, idea_sector)}</label>
                <select id="ideas-sector" name="sector">
                    <option value="" selected=sector.is_empty()>{t!(i18n, filter_any)}</option>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-stage">{t!(i18n, idea_stage)}</label>
                <select id="ideas-stage" name="stage">
                    <option value="" selected=stage.is_empty()>{t!(i18n, filter_any_active)}</option>
                    {Stage::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=stage == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-district">{t!(i18n, idea_district)}</label>
                <select id="ideas-district" name="district">
                    <option value="" selected=district.is_empty()>{t!(i18n, filter_any)}</option>
                    {District::ALL.into_iter().map(|d| view! {
                        <option value=d.code() selected=district == d.code()>{d.name()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-needs">{t!(i18n, filter_needs)}</label>
                <select id="ideas-needs" name="needs">
                    <option value="" selected=needs.is_empty()>{t!(i18n, filter_any)}</option>
                    {NeedKind::ALL.into_iter().map(|n| view! {
                        <option value=n.code() selected=needs == n.code()>{move || n.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-sort">{t!(i18n, ideas_sort)}</label>
                <select id="ideas-sort" name="sort">
                    {SortOrder::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sort == s>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            {tag.map(|tag| view! {
                <input type="hidden" name="tag" value=tag.clone() />
                <p class="active-tag">
                    {t!(i18n, idea_tag)} ": " <strong>"#"{tag.clone()}</strong>
                </p>
            })}
            <div class="filter-actions">
                <button type="submit" class="button">{t!(i18n, ideas_apply)}</button>
                {filter.is_filtered().then(|| view! { <A href="/ideas">{t!(i18n, ideas_clear)}</A> })}
            </div>
        </Form>
    }
}
