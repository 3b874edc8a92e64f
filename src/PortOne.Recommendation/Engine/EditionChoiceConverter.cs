using System;
using System.ComponentModel;
using System.Globalization;

namespace PortOne.Recommendation;

/// <summary>Converts an <see cref="EditionChoice"/> from and to its name (<c>latest</c> or an edition's name), so that
/// configuration binding can set <see cref="RecommendationOptions.Edition"/>. Internal: the
/// <see cref="TypeConverterAttribute"/> on <see cref="EditionChoice"/> is all a caller needs.</summary>
internal sealed class EditionChoiceConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || sourceType == typeof(PackageEdition) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) => value switch
    {
        string text => EditionChoice.Parse(text),
        PackageEdition edition => EditionChoice.Of(edition),
        _ => base.ConvertFrom(context, culture, value),
    };

    /// <inheritdoc/>
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is EditionChoice choice
            ? choice.ToString()
            : base.ConvertTo(context, culture, value, destinationType);
}
