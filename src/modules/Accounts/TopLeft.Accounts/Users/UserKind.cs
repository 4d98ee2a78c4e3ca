namespace TopLeft.Accounts.Users;

/// <summary>Members are the MSP's staff (admins are members with <see cref="AppUser.IsAdmin"/>); contacts are its clients.</summary>
internal enum UserKind
{
    Member = 0,
    Contact = 1,
}
