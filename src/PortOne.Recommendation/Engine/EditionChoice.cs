using System;
using System.ComponentModel;
using PortOne.Recommendation.Internal;

namespace PortOne.Recommendation;

/// <summary>
/// Which edition of the recommended package an answer uses: one named <see cref="PackageEdition"/>, or
/// <see cref="Latest"/>, whichever edition the library's provider catalog holds as the newest when the call is made.
/// Adding editions to the library never changes what a choice means.
/// </summary>
/// <example>
/// <code>
/// engine.Recommend(requirements, new RecommendationContext { Edition = PackageEdition.October2025 });
/// engine.Recommend(requirements, new RecommendationContext { Edition = EditionChoice.Latest });
/// </code>
/// </example>
[TypeConverter(typeof(EditionChoiceConverter))]
public sealed record EditionChoice
{
    private EditionChoice(PackageEdition? edition) => Edition = edition;

    /// <summary>Gets the choice of the newest edition the provider catalog holds.</summary>
    public static EditionChoice Latest { get; } = new((PackageEdition?)null);

    /// <summary>Gets the named edition, or <see langword="null"/> for <see cref="Latest"/>.</summary>
    public PackageEdition? Edition { get; }

    /// <summary>Gets a value indicating whether this is <see cref="Latest"/>.</summary>
    public bool IsLatest => Edition is null;

    /// <summary>Chooses a named edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined edition.</exception>
    public static EditionChoice Of(PackageEdition edition)
    {
        return Array.IndexOf(EnumValues<PackageEdition>.All, edition) >= 0
            ? new EditionChoice(edition)
            : throw new ArgumentOutOfRangeException(nameof(edition), edition, "Not a defined package edition.");
    }

    /// <summary>Chooses a named edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined edition.</exception>
    public static implicit operator EditionChoice(PackageEdition edition) => Of(edition);

    /// <summary>Reads a choice from its name: <c>latest</c> or the name of a <see cref="PackageEdition"/> value such as
    /// <c>May2025</c>, in any letter case.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> names no edition; the message lists the names.</exception>
    public static EditionChoice Parse(string text) =>
        TryParse(Guard.NotNull(text), out var choice)
            ? choice
            : throw new FormatException($"'{text}' is not a package edition. Use 'latest' or one of: {string.Join(", ", Names)}.");

    /// <summary>Reads a choice from its name: <c>latest</c> or the name of a <see cref="PackageEdition"/> value, in any
    /// letter case.</summary>
    /// <param name="text">The name.</param>
    /// <param name="choice">The choice, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names an edition.</returns>
    public static bool TryParse(string? text, out EditionChoice choice)
    {
        choice = Latest;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (string.Equals(trimmed, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var edition in EnumValues<PackageEdition>.All)
        {
            if (string.Equals(edition.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                choice = Of(edition);
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the name that <see cref="Parse"/> reads back: <c>latest</c> or the edition's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Edition?.ToString() ?? "latest";

    private static string[] Names
    {
        get
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var edition in EnumValues<PackageEdition>.All)
            {
                names.Add(edition.ToString());
            }

            return [.. names];
        }
    }
}
