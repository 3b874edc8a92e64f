namespace PortOne.Recommendation;

/// <summary>One problem found in a <see cref="MerchantRequirements"/> instance.</summary>
/// <param name="Path">The property path of the offending value, for example <c>EasyPay.Brands[0]</c>.</param>
/// <param name="Message">What is wrong, in the engine's language.</param>
public sealed record RequirementsValidationError(string Path, string Message)
{
    /// <summary>Returns the problem as <c>Path: Message</c>.</summary>
    /// <returns>The path and the message, separated by a colon.</returns>
    public override string ToString() => Path + ": " + Message;
}
