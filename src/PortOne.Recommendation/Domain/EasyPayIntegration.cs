namespace PortOne.Recommendation;

/// <summary>How easy pay reaches the merchant.</summary>
public enum EasyPayIntegration
{
    /// <summary>A contract with the easy-pay company itself.</summary>
    Direct,

    /// <summary>Hub-type easy pay (허브형 간편결제): the easy pay is offered through a PG's own contract.</summary>
    Hub,
}
