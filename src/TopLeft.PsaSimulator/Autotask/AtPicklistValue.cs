namespace TopLeft.PsaSimulator.Autotask;

/// <summary>A picklist entry as entityInformation/fields returns it; <c>value</c> is a string there although the field is an int.</summary>
internal sealed record AtPicklistValue(int Id, string Label, int SortOrder, bool IsDefault = false, int? Parent = null, bool IsActive = true);
