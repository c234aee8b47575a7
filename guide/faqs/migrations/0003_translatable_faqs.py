from django.db import migrations, models

from guide.core.translatable_migration import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("guide_faqs", "0002_faq_drafts_revisions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="faqtopic", name="name", field=models.CharField(max_length=80)
        ),
        migrations.AlterField(
            model_name="faqtopic",
            name="slug",
            field=models.SlugField(blank=True, max_length=80),
        ),
        migrations.AlterField(
            model_name="faq", name="question", field=models.CharField(max_length=250)
        ),
        *make_translatable("faqtopic", "guide_faqs.FAQTopic"),
        *make_translatable("faq", "guide_faqs.FAQ"),
        migrations.AddConstraint(
            model_name="faqtopic",
            constraint=models.UniqueConstraint(
                fields=("locale", "name"), name="guide_faqs_topic_name"
            ),
        ),
        migrations.AddConstraint(
            model_name="faqtopic",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="guide_faqs_topic_slug"
            ),
        ),
        migrations.AddConstraint(
            model_name="faq",
            constraint=models.UniqueConstraint(
                fields=("locale", "question"), name="guide_faqs_question"
            ),
        ),
    ]
