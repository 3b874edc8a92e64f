namespace PortOne.Recommendation;

/// <summary>
/// A version of PortOne's recommended package (추천패키지). PortOne changes the PGs of the package over time; each
/// value names a version of its help page that the provider catalog holds, by the month it was first seen, which is the
/// month its display name shows (<c>May2025</c>, "2025년 5월 추천패키지"). New editions are appended, so the numeric
/// order is not the order of the dates; <see cref="EditionChoice.Latest"/> stands for the
/// edition that took effect last.
/// </summary>
public enum PackageEdition
{
    /// <summary>The package seen from 2025-05-07 (PortOne's help-center mirror, mcp-server dc75785) until it was replaced
    /// on 2025-10-30: one-time cards KG Inicis and NICE Payments (나이스페이먼츠, now 나이스정보통신), easy pay KakaoPay and
    /// NaverPay, identity verification Danal. The library was designed around it; it is the default.</summary>
    May2025,

    /// <summary>The package as of 2025-10-30: cards KG Inicis and NHN KCP, easy pay KakaoPay and NaverPay, identity
    /// verification Danal.</summary>
    October2025,

    /// <summary>The package as of 2025-11-25: cards KG Inicis and KPN, easy pay KakaoPay and NaverPay, identity
    /// verification Danal.</summary>
    November2025,

    /// <summary>The package as of 2025-12-16: cards KG Inicis and NHN KCP, easy pay KakaoPay and NaverPay, identity
    /// verification Danal.</summary>
    December2025,

    /// <summary>The package as of 2026-04-27: cards KPN and Galaxia Money Tree, easy pay KakaoPay only, identity
    /// verification Danal.</summary>
    April2026,

    /// <summary>The earliest package seen, from 2025-04-09 (mcp-server 4d1a6a6) until it was replaced on 2025-04-19:
    /// one-time cards KPN only (V2 only, so on V1 the card items go through direct selection), easy pay NaverPay and
    /// KakaoPay, identity verification Danal.</summary>
    April2025Kpn,

    /// <summary>The package seen from 2025-04-19 (mcp-server 0c12aee) until it was replaced on 2025-05-07: one-time
    /// cards Toss Payments only, easy pay KakaoPay only, identity verification Danal.</summary>
    April2025TossPayments,
}
