use crate::accounts::api::list_directory;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::Loading;
use leptos::prelude::*;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let directory = Resource::new(|| (), |_| list_directory());
    view! {
        <Page title=move || t_string!(i18n, directory_title)>
            <p class="lead">{t!(i18n, directory_lead)}</p>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match directory.await {
                        Ok(directory) => view! {
                            <section aria-labelledby="mentors-title">
                                <h2 id="mentors-title">{t!(i18n, directory_mentors)}</h2>
                                {if directory.mentors.is_empty() {
                                    view! { <p class="empty">{t!(i18n, directory_no_mentors)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-grid">
                                            {directory.mentors.into_iter().map(|m| view! {
                                                <li class="card">
                                                    <h3><a href=format!("/people/{}", m.id)>{m.display_name}</a></h3>
                                                    {m.mentor.map(|d| view! {
                                                        <p>{d.expertise.into_iter().map(|s| view! { <span class="tag">{s}</span> }).collect_view()}</p>
                                                    })}
                                                    {m.bio.map(|b| view! { <p class="bio">{b}</p> })}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </section>
                            <section aria-labelledby="orgs-title">
                                <h2 id="orgs-title">{t!(i18n, directory_organisations)}</h2>
                                {if directory.organisations.is_empty() {
                                    view! { <p class="empty">{t!(i18n, directory_no_organisations)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-grid">
                                            {directory.organisations.into_iter().map(|card| {
                                                let o = card.organisation;
                                                let sector = o.sector;
                                                let kind = o.kind;
                                                view! {
                                                    <li class=format!("card sector-card sector-{}", sector.code())>
                                                        <h3>{o.name}</h3>
                                                        <p class="meta">{move || kind.label(i18n)} " · " {move || sector.label(i18n)}</p>
                                                        {(!o.description.is_empty()).then(|| view! { <p>{o.description.clone()}</p> })}
                                                        {o.offers.any().then(|| view! { <OffersLine offers=o.offers /> })}
                                                        {(!o.website.is_empty()).then(|| view! { <p><a href=o.website.clone() rel="external noopener">{o.website.clone()}</a></p> })}
                                                        {(!card.members.is_empty()).then(|| view! {
                                                            <p class="meta">
                                                                {t!(i18n, directory_represented_by)} " "
                                                                {card.members.into_iter().map(|(id, name)| view! {
                                                                    <a href=format!("/people/{id}")>{name}</a> " "
                                                                }).collect_view()}
                                                            </p>
                                                        })}
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </section>
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// "Offers: a venue · materials" on an organisation's card.
#[component]
fn OffersLine(offers: crate::accounts::Offers) -> impl IntoView {
    let i18n = use_i18n();
    let mut given: Vec<&'static str> = Vec::new();
    if offers.venue {
        given.push(t_string!(i18n, offer_venue));
    }
    if offers.money {
        given.push(t_string!(i18n, offer_money));
    }
    if offers.materials {
        given.push(t_string!(i18n, offer_materials));
    }
    if offers.mentoring {
        given.push(t_string!(i18n, offer_mentoring));
    }
    if offers.expertise {
        given.push(t_string!(i18n, offer_expertise));
    }
    view! { <p class="meta">{t!(i18n, directory_offers)} " " {given.join(" · ")}</p> }
}
