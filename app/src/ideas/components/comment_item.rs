use super::AddressedButton;
use super::CommentForm;
use super::ModerateButtons;
use super::ReportForm;
use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::*;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::format::date_of;
use crate::ui::person::PersonName;
use leptos::prelude::*;

#[component]
pub(crate) fn CommentItem(
    idea_id: IdeaId,
    comment: CommentView,
    me: ViewerState,
    flash: Option<FormFlash>,
    reload: Callback<String>,
    top: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let CommentView {
        id,
        author,
        body_html,
        feedback,
        addressed,
        created_at,
        hidden,
        lang,
        replies,
        earlier_replies,
    } = comment;
    let class = match feedback {
        Some(kind) => format!("comment feedback feedback-{}", kind.code()),
        None => "comment".to_owned(),
    };
    let show_body = !hidden || me.steering;
    view! {
        <li class=class id=format!("comment-{id}") data-comment=id>
            <div class="comment-head">
                <PersonName person=author />
                " · " <span class="meta">{date_of(&created_at)}</span>
                <LangMark lang=lang.clone() />
                {feedback.map(|kind| view! {
                    " " <span class="feedback-badge" data-feedback=kind.code()>
                        {t!(i18n, mentor_feedback)} ": " {move || kind.label(i18n)}
                    </span>
                    {addressed.then(|| view! { " " <span class="addressed-badge" data-testid="addressed">{t!(i18n, feedback_addressed)}</span> })}
                })}
            </div>
            {hidden.then(|| view! { <p class="hidden-comment" data-testid="comment-hidden"><em>{t!(i18n, hidden_by_moderator)}</em></p> })}
            {show_body.then(|| view! { <div class="prose comment-body" lang=other_lang(&lang) inner_html=body_html></div> })}
            <div class="comment-actions">
                {(feedback.is_some() && me.editor && me.may_publish && !hidden).then(|| view! { <AddressedButton comment_id=id addressed reload /> })}
                {me.steering.then(|| view! { <ModerateButtons idea_id comment_id=Some(id) hidden back=crate::common::ids::comment_link(idea_id, id) reload /> })}
                {(me.signed_in && !hidden).then(|| view! { <ReportForm idea_id comment_id=Some(id) flash=None /> })}
            </div>
            {(earlier_replies > 0).then(|| view! { <p class="hint replies-earlier">{t!(i18n, comments_earlier_replies)} " " {earlier_replies}</p> })}
            {(!replies.is_empty()).then(|| view! {
                <ol class="replies">
                    {replies.into_iter().map(|r| view! { <CommentItem idea_id comment=r me=me.clone() flash=None reload top=false /> }.into_any()).collect_view()}
                </ol>
            })}
            {(top && me.may_publish && !hidden).then(|| view! {
                <details class="reply">
                    <summary>{t!(i18n, reply)}</summary>
                    <CommentForm idea_id parent_id=Some(id) mentor=false flash=flash.clone() reload />
                </details>
            })}
        </li>
    }
}
