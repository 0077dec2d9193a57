use super::CommentForm;
use super::CommentItem;
use crate::common::ids::{CommentId, IdeaId};
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::*;
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn Discussion(
    idea_id: IdeaId,
    comments: Vec<CommentView>,
    comments_earlier: Option<CommentId>,
    comments_page: CommentPage,
    comment_count: i64,
    feedback_count: i64,
    me: ViewerState,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The server chose the page: the newest comments or earlier ones, all or feedback only.
    let only = comments_page.feedback;
    let filter = if only { "&feedback=1" } else { "" };
    let earlier = comments_earlier.map(|before| {
        view! {
            <p class="comments-earlier">
                <a href=format!("/ideas/{idea_id}?before={before}{filter}#discussion-title")>{t!(i18n, comments_show_earlier)}</a>
            </p>
        }
    });
    let on_latest = comments_page.is_latest();
    let latest = (!on_latest).then(|| {
        let back = if only {
            format!("/ideas/{idea_id}?feedback=1#discussion-title")
        } else {
            format!("/ideas/{idea_id}#discussion-title")
        };
        view! {
            <p class="comments-latest">
                <a href=back>{t!(i18n, comments_show_latest)}</a>
            </p>
        }
    });
    let comments = StoredValue::new(comments);
    let me = StoredValue::new(me);
    let flash = StoredValue::new(flash);
    view! {
        <section class="discussion" aria-labelledby="discussion-title">
            <h2 id="discussion-title">{t!(i18n, discussion_title)} " (" {comment_count} ")"</h2>
            <nav class="discussion-filter" aria-label=move || t_string!(i18n, discussion_filter)>
                <A href=format!("/ideas/{idea_id}") attr:aria-current=(!only).then_some("page")>{t!(i18n, discussion_all)}</A>
                <A href=format!("/ideas/{idea_id}?feedback=1") attr:aria-current=only.then_some("page")>
                    {t!(i18n, discussion_feedback_only)} " (" {feedback_count} ")"
                </A>
            </nav>
            {earlier}
            {move || {
                let shown: Vec<CommentView> = comments.get_value();
                if shown.is_empty() {
                    view! { <p class="empty">{if only { t!(i18n, feedback_none).into_any() } else { t!(i18n, comments_none).into_any() }}</p> }.into_any()
                } else {
                    view! {
                        <ol class="comments">
                            {shown.into_iter().map(|c| view! { <CommentItem idea_id comment=c me=me.get_value() flash=flash.get_value() reload top=true /> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            {latest}
            {move || {
                let me = me.get_value();
                if !me.signed_in {
                    view! { <SignInToContinue next=format!("/ideas/{idea_id}") /> }.into_any()
                } else if !on_latest {
                    // New comments are written under the newest ones, where they will show.
                    ().into_any()
                } else if !me.may_publish {
                    view! { <p class="notice">{t!(i18n, publish_not_yet)}</p> }.into_any()
                } else {
                    view! { <CommentForm idea_id parent_id=None mentor=me.mentor flash=flash.get_value() reload /> }.into_any()
                }
            }}
        </section>
    }
}
