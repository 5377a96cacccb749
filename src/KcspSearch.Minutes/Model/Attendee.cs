namespace KcspSearch.Minutes.Model;

/// <summary>A name from the attendance lists ("PRESENT:", "IN ATTENDANCE:").</summary>
/// <param name="Name">As written, e.g. "Mr M Hill, OBE".</param>
/// <param name="PersonId">The normalised identity, see <see cref="Person"/>.</param>
/// <param name="Role">Bracketed role, e.g. "Chairman", "Policy Adviser".</param>
/// <param name="Attendance"><see cref="AttendanceKinds.Present"/> or <see cref="AttendanceKinds.InAttendance"/>.</param>
public sealed record Attendee(string Name, string? PersonId, string? Role, string Attendance);

public static class AttendanceKinds
{
    public const string Present = "present";
    public const string InAttendance = "in attendance";
}
