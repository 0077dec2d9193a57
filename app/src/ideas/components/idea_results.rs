use super::IdeaCardView;
use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn IdeaResults(list: IdeaList, filter: IdeaFilter) -> impl IntoView {
    let i18n = use_i18n();
    let IdeaList {
        items,
        total,
        page,
        pages,
    } = list;
    if items.is_empty() {
        return view! {
            <div class="empty" role="status">
                <p>{if filter.is_filtered() { t!(i18n, ideas_none_match).into_any() } else { t!(i18n, ideas_none_yet).into_any() }}</p>
                <p><a class="button" href="/ideas/new">{t!(i18n, idea_share_cta)}</a></p>
            </div>
        }
        .into_any();
    }
    let prev = (page > 1).then(|| format!("/ideas{}", filter.to_query(page - 1)));
    let next = (page < pages).then(|| format!("/ideas{}", filter.to_query(page + 1)));
    view! {
        <p class="result-count" role="status">{t!(i18n, ideas_found)} " " {total}</p>
        <ul class="idea-list">
            {items.into_iter().map(|idea| view! { <IdeaCardView idea /> }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=move || t_string!(i18n, pagination_label)>
                {prev.map(|href| view! { <A href=href attr:rel="prev">{t!(i18n, page_prev)}</A> })}
                <span>{t!(i18n, page_label)} " " {page} " / " {pages}</span>
                {next.map(|href| view! { <A href=href attr:rel="next">{t!(i18n, page_next)}</A> })}
            </nav>
        })}
    }
    .into_any()
}
