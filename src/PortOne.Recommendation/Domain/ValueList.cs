using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace PortOne.Recommendation.Internal;

/// <summary>
/// An immutable list that compares by content. The library's records expose their lists as
/// <see cref="IReadOnlyList{T}"/> and store them as this type, so the equality that the compiler generates for a
/// record compares lists element by element, and a caller cannot cast a list back to an array and change it.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>Wraps an array that nobody else holds; the caller gives it up.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    /// <summary>Copies a list once, unless it already is a <see cref="ValueList{T}"/>; <see langword="null"/> stays
    /// <see langword="null"/> so that validation can report it.</summary>
    public static ValueList<T>? From(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return null;
            case ValueList<T> list:
                return list;
            case IReadOnlyList<T> list:
                {
                    if (list.Count == 0)
                    {
                        return Empty;
                    }

                    var copy = new T[list.Count];
                    for (var i = 0; i < copy.Length; i++)
                    {
                        copy[i] = list[i];
                    }

                    return new ValueList<T>(copy);
                }

            default:
                return Own([.. items]);
        }
    }

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = _items.Length;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Lists the elements, for diagnostics and the records' generated <c>ToString</c>.</summary>
    /// <returns>The elements in brackets, comma-separated.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(_items[i]);
        }

        return builder.Append(']').ToString();
    }
}
