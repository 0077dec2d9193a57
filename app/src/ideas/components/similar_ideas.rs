use super::StageBadge;
use crate::common::error::AppError;
use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;

#[component]
pub(crate) fn SimilarIdeas(similar: Resource<Result<Vec<SimilarIdea>, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="similar" aria-live="polite">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let found = similar.await.unwrap_or_default();
                    (!found.is_empty()).then(|| view! {
                        <div class="notice similar-ideas" data-testid="similar-ideas">
                            <p>{t!(i18n, similar_lead)}</p>
                            <ul>
                                {found.into_iter().map(|idea| view! {
                                    <li>
                                        <a href=format!("/ideas/{}", idea.id) target="_blank" rel="noopener">{idea.title}</a>
                                        " " <StageBadge stage=idea.stage />
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    })
                })}
            </Transition>
        </div>
    }
}
