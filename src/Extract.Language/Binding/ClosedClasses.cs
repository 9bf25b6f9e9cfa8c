namespace Extract.Language.Binding;

/// <summary>
/// The small closed word lists behind the default phrase heuristic (DESIGN §3): an untyped slot
/// captures 1–6 <em>content</em> tokens, and a token is not content when its key or one of its stem
/// forms is a preposition, a particle or conjunction, a pronoun, or a frequent verb. The verbs are
/// listed with their common forms; the binder adds the forms the morphology generates for them and
/// for every <c>~lexeme</c> the pack uses (a word a rule matches as a verb is not part of a phrase).
/// Keys are derived with the analysis layer's matching key, so spelling variants fold together.
/// </summary>
public static class ClosedClasses
{
    /// <summary>Prepositions (including the ones that are also adverbs of place and time).</summary>
    public static readonly string[] Prepositions =
    [
        "في", "من", "إلى", "على", "عن", "مع", "حتى", "منذ", "مذ", "عند", "لدى", "بين", "نحو", "حول",
        "خلال", "ضد", "تحت", "فوق", "أمام", "خلف", "بعد", "قبل", "دون", "عبر", "قرب", "إثر", "جراء",
        "بسبب", "تجاه", "إزاء", "رغم", "عقب", "لصالح", "ضمن", "داخل", "خارج", "لدن",
    ];

    /// <summary>Particles and conjunctions.</summary>
    public static readonly string[] Particles =
    [
        "و", "ف", "ثم", "أو", "أم", "بل", "لكن", "لكنّ", "إن", "أن", "لأن", "كأن", "لعل", "قد", "لقد",
        "سوف", "لم", "لن", "لا", "ما", "ليس", "هل", "كي", "لكي", "حيث", "إذ", "إذا", "لو", "لولا", "كما",
        "كلما", "بينما", "عندما", "حين", "حينما", "إلا", "سوى", "أيضا", "كذلك", "هنا", "هناك", "ثمة",
        "فقط", "نعم", "بأن", "فيما", "مما", "بما", "إنه", "أنه", "أنها", "إنها", "وفق", "وفقا", "حسب",
    ];

    /// <summary>Independent pronouns (an enclitic pronoun segment is a pronoun by its role).</summary>
    public static readonly string[] Pronouns =
    [
        "هو", "هي", "هم", "هن", "هما", "أنا", "نحن", "أنت", "أنتم", "أنتن", "أنتما",
    ];

    /// <summary>Relative pronouns.</summary>
    public static readonly string[] RelativePronouns =
    [
        "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي",
    ];

    /// <summary>Frequent verbs of news text, as lemmas (expanded by the morphology when available).</summary>
    public static readonly string[] VerbLemmas =
    [
        "قال", "أعلن", "أكد", "أفاد", "ذكر", "أشار", "أضاف", "كان", "أصبح", "صار", "ظل", "بات", "تم",
        "أوضح", "شن", "سيطر", "بسط", "استعاد", "دخل", "تقدم", "انسحب", "هاجم", "قصف", "استهدف",
        "تمكن", "واصل", "وقع", "قتل", "أسفر", "زال", "استولى", "حرر", "طرد", "اقتحم", "انتزع",
    ];

    /// <summary>Common inflected forms of <see cref="VerbLemmas"/>, so the heuristic works without the morphology.</summary>
    public static readonly string[] VerbForms =
    [
        "قالت", "قالوا", "يقول", "تقول", "يقولون", "أعلنت", "أعلنوا", "يعلن", "تعلن", "أكدت", "يؤكد", "تؤكد",
        "أفادت", "يفيد", "ذكرت", "يذكر", "أشارت", "يشير", "تشير", "أضافت", "يضيف", "تضيف", "كانت",
        "كانوا", "يكون", "تكون", "يكونون", "أصبحت", "أصبحوا", "يصبح", "تصبح", "صارت", "ظلت", "يظل", "تظل",
        "باتت", "يبات", "تمت", "يتم", "تتم", "أوضحت", "يوضح", "شنت", "يشن", "تشن", "شنوا", "سيطرت",
        "سيطروا", "يسيطر", "تسيطر", "يسيطرون", "بسطت", "يبسط", "تبسط", "استعادت", "يستعيد", "تستعيد",
        "دخلت", "دخلوا", "يدخل", "تدخل", "تقدمت", "يتقدم", "تتقدم", "انسحبت", "ينسحب", "تنسحب",
        "هاجمت", "يهاجم", "تهاجم", "قصفت", "يقصف", "تقصف", "استهدفت", "يستهدف", "تستهدف", "تمكنت",
        "يتمكن", "تتمكن", "واصلت", "يواصل", "تواصل", "وقعت", "يقع", "تقع", "قتلت", "يقتل", "تقتل",
        "أسفرت", "يسفر", "تسفر", "يزال", "تزال", "استولت", "يستولي", "تستولي", "حررت", "يحرر", "تحرر",
        "طردت", "يطرد", "تطرد", "اقتحمت", "يقتحم", "تقتحم", "انتزعت", "ينتزع", "تنتزع",
    ];
}
