use super::StageBadge;
use crate::i18n::*;
use crate::ideas::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::format::date_of;
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn IdeaCardView(idea: IdeaCard) -> impl IntoView {
    let i18n = use_i18n();
    let IdeaCard {
        id,
        title,
        summary,
        stage,
        sectors,
        tags,
        district,
        author,
        support_count,
        comment_count,
        created_at,
        lang,
    } = idea;
    view! {
        <li class="card idea-card" data-idea=id>
            <div class="idea-card-head">
                <StageBadge stage />
                {district.map(|d| view! { <span class="district">{d.name()}</span> })}
            </div>
            <h2 class="idea-card-title"><A href=format!("/ideas/{id}") attr:lang=other_lang(&lang)>{title}</A> <LangMark lang=lang.clone() /></h2>
            <p class="idea-summary" lang=other_lang(&lang)>{summary}</p>
            <SectorChips sectors />
            {(!tags.is_empty()).then(|| view! {
                <ul class="tags">
                    {tags.into_iter().map(|tag| {
                        let href = format!("/ideas?tag={}", crate::ui::lang_switch::encode_component(&tag));
                        view! { <li><A href=href>"#"{tag}</A></li> }
                    }).collect_view()}
                </ul>
            })}
            <p class="meta">
                <PersonName person=author />
                " · " {date_of(&created_at)}
                " · " <span data-count="supports">{t!(i18n, supports_label)} ": " {support_count}</span>
                " · " <span data-count="comments">{t!(i18n, comments_label)} ": " {comment_count}</span>
            </p>
        </li>
    }
}
