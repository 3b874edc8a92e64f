namespace PortOne.Recommendation.Tests.Support;

/// <summary>The kind of a merchant text, which decides the checks that apply to it.</summary>
public enum MerchantTextKind
{
    /// <summary>One step of an entry's console navigation.</summary>
    Step,

    /// <summary>An entry's reason, an advisory or an explanation reason: a sentence about PGs and the console.</summary>
    Reason,

    /// <summary>Any other sentence a merchant reads (benefits, comparison sentences).</summary>
    Sentence,
}
