namespace PortOne.Recommendation;

/// <summary>What a merchant sells, as PortOne's page 서비스 필수 구축요건 (service requirements) tells the kinds apart:
/// the kind decides what the site must show before the PG's and the card companies' review.</summary>
public enum MerchantOffering
{
    /// <summary>Physical goods that are delivered (실물, 배송 가능한 상품).</summary>
    PhysicalGoods,

    /// <summary>Digital content (비실물 컨텐츠).</summary>
    DigitalContent,

    /// <summary>Services that are not delivered goods, such as lessons, consulting or bookings; PortOne's page has two
    /// kinds only, so these take the requirements of 비실물(컨텐츠) 서비스.</summary>
    Services,

    /// <summary>Goods or services sold on a recurring basis (정기결제 상품: subscriptions, flower delivery, tuition).</summary>
    RecurringGoods,

    /// <summary>Amounts the buyer or the merchant enters freely, such as quotes (임의 입력, 견적 금액), instead of fixed
    /// prices.</summary>
    ArbitraryAmounts,
}
