//! `/partners`: the partner network, filtered by sector, kind and offer.
use crate::accounts::OrgKind;
use crate::common::sectors::Sector;
use crate::i18n::*;
use crate::partners::api::list_partners;
use crate::partners::components::OffersChips;
use crate::partners::{Offer, PartnerList};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PartnersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            (
                q.get("sector").unwrap_or_default(),
                q.get("kind").unwrap_or_default(),
                q.get("offer").unwrap_or_default(),
            )
        })
    };
    let list = Resource::new(asked, |(sector, kind, offer)| {
        list_partners(sector, kind, offer)
    });
    view! {
        <Page title=move || t_string!(i18n, pt_title) class="partners-page">
            <p class="lead">{t!(i18n, pt_lead)}</p>
            <Loaded resource=list view=move |list: PartnerList, _| {
                let (sector, kind, offer) = asked();
                view! {
                    <form method="get" action="/partners" class="filters" role="search"
                        aria-label=move || t_string!(i18n, pt_filters)>
                        <div class="field">
                            <label for="pt-sector">{t!(i18n, st_sector)}</label>
                            <select id="pt-sector" name="sector">
                                <option value="">{t!(i18n, pt_any)}</option>
                                {Sector::ALL.into_iter().map(|s| view! {
                                    <option value=s.code() selected=s.code() == sector>{s.label(i18n)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="pt-kind">{t!(i18n, pt_kind)}</label>
                            <select id="pt-kind" name="kind">
                                <option value="">{t!(i18n, pt_any)}</option>
                                {OrgKind::ALL.into_iter().map(|k| view! {
                                    <option value=k.code() selected=k.code() == kind>{k.label(i18n)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="pt-offer">{t!(i18n, pt_offers)}</label>
                            <select id="pt-offer" name="offer">
                                <option value="">{t!(i18n, pt_any)}</option>
                                {Offer::ALL.into_iter().map(|o| view! {
                                    <option value=o.code() selected=o.code() == offer>{o.label(i18n)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button">{t!(i18n, pt_filter)}</button>
                    </form>
                    <p role="status">{t_string!(i18n, pt_shown).replace("{n}", &list.partners.len().to_string()).replace("{total}", &list.total.to_string())}</p>
                    {if list.partners.is_empty() {
                        view! { <p class="empty">{t!(i18n, pt_none)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-grid" data-testid="partner-list">
                                {list.partners.into_iter().map(|p| view! {
                                    <li class=format!("card sector-card sector-{}", p.sector.code())>
                                        <h2 class="card-title"><a href=format!("/partners/{}", p.id)>{p.name}</a></h2>
                                        <p class="meta">{p.kind.label(i18n)} " · " {p.sector.label(i18n)}</p>
                                        <OffersChips offers=p.offers />
                                        <p class="meta">
                                            {t_string!(i18n, pt_backed_n).replace("{n}", &p.backed.to_string())}
                                            " · "
                                            {t_string!(i18n, pt_places_n).replace("{n}", &p.places.to_string())}
                                        </p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            } />
        </Page>
    }
}
