namespace TopLeft.PsaSimulator.Admin;

/// <summary>A note added from the admin API.</summary>
/// <param name="Text">The note text.</param>
/// <param name="Internal">Internal (ConnectWise internal analysis; Autotask internal-only) rather than discussion.</param>
/// <param name="FromCustomer">Written by the ticket's contact, which sets ConnectWise's customerUpdatedFlag.</param>
public sealed record NoteRequest(string Text, bool Internal = false, bool FromCustomer = false);
