use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::components::TeamCardView;
use crate::teams::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::Loading;
use leptos::prelude::*;
use leptos_router::components::{Form, A};
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------
#[component]
pub fn TeamsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| TeamFilter::from_params(|name| q.get(name))));
    let teams = Resource::new(
        move || filter.get(),
        |f| {
            list_teams(
                f.sector.map(|s| s.code().to_owned()).unwrap_or_default(),
                if f.looking { "1".into() } else { String::new() },
                f.page.to_string(),
            )
        },
    );
    view! {
        <Page title=move || t_string!(i18n, teams_title)>
            <p class="lead">{t!(i18n, teams_lead)}</p>
            {move || {
                let f = filter.get();
                view! {
                    <Form method="GET" action="/teams" attr:class="filters" attr:role="search">
                        <div class="field">
                            <label for="team-sector">{t!(i18n, teams_filter_sector)}</label>
                            <select id="team-sector" name="sector">
                                <option value="">{t!(i18n, filter_any)}</option>
                                {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                                    <option value=s.code() selected=f.sector == Some(s)>{move || s.label(i18n)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field field-check">
                            <input type="checkbox" id="team-looking" name="looking" value="1" checked=f.looking />
                            <label for="team-looking">{t!(i18n, teams_filter_looking)}</label>
                        </div>
                        <button type="submit" class="button button-secondary">{t!(i18n, teams_apply)}</button>
                    </Form>
                }
            }}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let f = filter.get_untracked();
                    match teams.await {
                        Ok(list) if list.teams.is_empty() => view! {
                            <p class="empty" role="status">{t!(i18n, teams_empty)}</p>
                        }.into_any(),
                        Ok(list) => {
                            let pages = (list.total + PAGE_SIZE - 1) / PAGE_SIZE;
                            let page = list.page;
                            view! {
                                <p class="result-count" role="status">{t!(i18n, teams_found)} ": " {list.total}</p>
                                <ul class="cards team-cards">
                                    {list.teams.into_iter().map(|team| view! { <TeamCardView team /> }).collect_view()}
                                </ul>
                                {(pages > 1).then(|| view! {
                                    <nav class="pager" aria-label=move || t_string!(i18n, page_label)>
                                        {(page > 1).then(|| view! { <A href=format!("/teams{}", f.to_query(page - 1))>{t!(i18n, page_prev)}</A> })}
                                        " " <span>{page} " / " {pages}</span> " "
                                        {(page < pages).then(|| view! { <A href=format!("/teams{}", f.to_query(page + 1))>{t!(i18n, page_next)}</A> })}
                                    </nav>
                                })}
                            }.into_any()
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </Page>
    }
}
