namespace PortOne.Recommendation;

/// <summary>The industries PortOne's help page 결제대행사 가입시 위험 업종 유형 (high-risk industries) names: the first 38
/// are reviewed by some PGs only (위험업종별 심사가능 PG사), the last 9 are not accepted by any (입점불가 업종). Values are
/// appended, never reordered.</summary>
public enum MerchantIndustry
{
    /// <summary>Donations and sponsorships (후원/기부금).</summary>
    Donation,

    /// <summary>Religious offerings (헌금).</summary>
    ReligiousOffering,

    /// <summary>Used goods (중고물품).</summary>
    UsedGoods,

    /// <summary>Brokerage services (중개서비스).</summary>
    Brokerage,

    /// <summary>Fortune telling (사주/운세사주).</summary>
    FortuneTelling,

    /// <summary>Purchase agency (구매대행).</summary>
    PurchaseAgency,

    /// <summary>Alcoholic beverages (주류).</summary>
    Liquor,

    /// <summary>Point top-ups (포인트충전).</summary>
    PointCharging,

    /// <summary>Gift certificates and gifticons (상품권 / 기프티콘).</summary>
    GiftCertificates,

    /// <summary>Game items (게임 아이템).</summary>
    GameItems,

    /// <summary>Live animals and plants (생물).</summary>
    LiveAnimals,

    /// <summary>High-priced goods (고가 상품).</summary>
    HighPricedGoods,

    /// <summary>Nightlife job listings (유흥 구인구직).</summary>
    NightlifeJobs,

    /// <summary>Freely entered or quoted amounts (결제금액 임의입력/변동(견적)).</summary>
    QuotedAmounts,

    /// <summary>Used cars (중고차).</summary>
    UsedCars,

    /// <summary>Medical supplies and medicines (의료용품/의약품).</summary>
    MedicalSupplies,

    /// <summary>Event participation fees (행사참가비).</summary>
    EventFees,

    /// <summary>Equipment rental (장비 렌탈).</summary>
    EquipmentRental,

    /// <summary>Overseas direct purchase (해외직구).</summary>
    OverseasDirectPurchase,

    /// <summary>Fitness facility passes (체육시설(헬스장,필라테스 등) 이용권).</summary>
    FitnessPasses,

    /// <summary>Matchmaking, chat, dating apps and marriage brokerage (만남주선/채팅/데이팅앱/결혼중개업).</summary>
    Matchmaking,

    /// <summary>Telemedicine fees (원격진료비(비대면 진료 진찰)).</summary>
    Telemedicine,

    /// <summary>Artworks (미술품).</summary>
    Artworks,

    /// <summary>NFT services (NFT 관련 서비스).</summary>
    Nft,

    /// <summary>Shared offices and rent (공유오피스/임대료).</summary>
    SharedOfficeRent,

    /// <summary>Metaverse (virtual real estate) (메타버스(가상의 부동산 구입)).</summary>
    MetaverseRealEstate,

    /// <summary>Random boxes (랜덤박스).</summary>
    RandomBoxes,

    /// <summary>Precious metals, gemstones and gold bars (귀금속/보석(원석)/순금(골드바)).</summary>
    PreciousMetals,

    /// <summary>Consulting (컨설팅).</summary>
    Consulting,

    /// <summary>Rental cars (렌트카).</summary>
    RentalCars,

    /// <summary>Medical procedures (의료 시술).</summary>
    MedicalProcedures,

    /// <summary>E-cigarettes (전자담배).</summary>
    ECigarettes,

    /// <summary>Online advertising, marketing and influencer services (온라인 광고, 마케팅, 인플루언서(SNS) 서비스).</summary>
    OnlineAdvertising,

    /// <summary>C2C (person-to-person) platforms (C2C(개인간 거래) 플랫폼).</summary>
    ConsumerToConsumer,

    /// <summary>Visa agency services (비자 발급 대행 서비스).</summary>
    VisaAgency,

    /// <summary>Mobile USIM, eSIM and activation services (휴대폰 USIM/ESIM/개통 서비스).</summary>
    MobileActivation,

    /// <summary>Travel platforms (transport, lodging, tours) (여행(교통/숙박/투어) 플랫폼).</summary>
    TravelPlatform,

    /// <summary>Insurance agency and brokerage (보험 대리/중개업).</summary>
    InsuranceAgency,

    /// <summary>Quasi-investment advisory (유사투자자문업).</summary>
    InvestmentAdvisory,

    /// <summary>Crowdfunding (펀딩).</summary>
    Crowdfunding,

    /// <summary>Gambling, lotteries, betting and games of chance (도박 / 사행성(복권, 경마/경륜권)/ 사행성 게임).</summary>
    Gambling,

    /// <summary>Pure gold, currency and diamonds (순금/화폐/보석(다이아몬드)).</summary>
    CashEquivalents,

    /// <summary>Adult and obscene content (성인물/음란물).</summary>
    AdultContent,

    /// <summary>Loans (대출).</summary>
    Loans,

    /// <summary>Auctions (경매).</summary>
    Auctions,

    /// <summary>Virtual currencies (crypto assets) (가상화폐(암호화폐)).</summary>
    CryptoAssets,

    /// <summary>OTT account sharing (OTT 계정공유서비스).</summary>
    OttAccountSharing,
}
