namespace TopLeft.PsaSimulator.Seeding;

/// <summary>Word lists for believable MSP data. Order matters: seeding indexes into them.</summary>
internal static class NameBank
{
    public static readonly string[] CompanyPrefixes =
    [
        "Contoso", "Fabrikam", "Northwind", "Adventure Works", "Tailspin", "Wingtip", "Litware", "Proseware",
        "Woodgrove", "Alpine", "Blue Yonder", "Coho", "Fourth Coffee", "Humongous", "Lucerne", "Margie's",
        "Southridge", "Trey", "Wide World", "Bellows", "Cedar Creek", "Harbor", "Maple Leaf", "Oakridge",
        "Pinecrest", "Riverside", "Summit", "Lakeside", "Granite", "Silverline",
    ];

    public static readonly string[] CompanySuffixes =
    [
        "Dental", "Law Group", "Accounting", "Veterinary Clinic", "Realty", "Architects", "Family Practice",
        "Logistics", "Manufacturing", "Insurance", "Bakery", "Engineering", "Physiotherapy", "Construction",
        "Financial Advisors", "Pharmacy", "Auto Repair", "Charter School", "Hotel", "Marketing",
    ];

    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
        "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Priya", "Emily",
        "Steven", "Donna", "Andrew", "Michelle", "Kenji", "Carol", "Joshua", "Amanda", "Kevin", "Melissa",
        "Brian", "Deborah", "George", "Stephanie", "Aisha", "Rebecca", "Omar", "Laura", "Ryan", "Sharon",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Patel", "Okafor",
    ];

    public static readonly string[] Cities =
    [
        "Springfield|IL|62701", "Madison|WI|53703", "Austin|TX|78701", "Boise|ID|83702", "Raleigh|NC|27601",
        "Denver|CO|80202", "Portland|OR|97201", "Columbus|OH|43215", "Tampa|FL|33602", "Omaha|NE|68102",
    ];

    public static readonly string[] Streets = ["Main St", "Oak Ave", "Park Rd", "Elm St", "Commerce Dr", "Lake Blvd"];

    public static readonly string[] MemberTitles =
    [
        "Service Desk Technician", "Senior Engineer", "Network Engineer", "Project Manager", "Dispatcher",
        "Field Technician", "Systems Administrator", "Service Manager",
    ];

    public static readonly string[] ContactTitles =
    [
        "Office Manager", "Owner", "Practice Manager", "Accountant", "Receptionist", "Operations Director",
        "Partner", "Administrator",
    ];

    public static readonly string[] ServiceSummaries =
    [
        "Outlook keeps asking for password", "Printer offline on 2nd floor", "New starter setup: {person}",
        "VPN disconnects every few minutes", "Password reset for {person}", "Wi-Fi slow in conference room",
        "Monitor flickering at front desk", "QuickBooks will not open", "Install Adobe Acrobat for {person}",
        "Shared drive mapping missing", "Teams calls dropping", "Scan to email not working",
        "MFA enrolment for {person}", "Laptop running very slow", "Phishing email reported by {person}",
        "Replace failing disk on {server}", "Firewall firmware update", "Leaver: disable account for {person}",
        "Cannot print PDFs", "Email bouncing from supplier", "Request: second monitor for {person}",
        "Renew domain & SSL certificate", "OneDrive not syncing", "Card reader not working in reception",
        "Move desk phone to new office", "Windows update stuck at 30%", "Dental imaging software error",
        "Add user to Finance distribution list", "Backup restore request: deleted folder",
    ];

    public static readonly string[] MonitoringSummaries =
    [
        "[Alert] CPU above 95% on {server}", "[Alert] Disk C: below 10% free on {server}",
        "[Alert] Device offline: {server}", "[Alert] Backup job failed on {server}",
        "[Alert] AV threat quarantined on {workstation}", "[Alert] SMART warning on {workstation}",
        "[Alert] Service 'Print Spooler' stopped on {server}", "[Alert] Memory above 90% on {server}",
    ];

    public static readonly string[] ProjectNames =
    [
        "Microsoft 365 migration", "Office move", "Server refresh", "Firewall replacement", "Wi-Fi upgrade",
        "Backup modernisation", "Windows 11 rollout", "Phone system cut-over", "Security baseline",
    ];

    public static readonly string[] PhaseNames = ["Discovery", "Planning", "Build", "Migration", "Cut-over", "Handover"];

    public static readonly string[] ProjectTaskVerbs =
    [
        "Audit current setup", "Order hardware", "Configure", "Test", "Migrate users", "Document",
        "Train staff", "Decommission old kit",
    ];

    public static readonly string[] NoteTexts =
    [
        "Called the user, left a voicemail.", "Remoted in and reproduced the issue.",
        "Rebooted the device; monitoring for recurrence.", "Waiting on the client to confirm a time.",
        "Escalated to the senior engineer.", "Applied the vendor's recommended fix.",
        "User confirms it is working now.", "Ordered a replacement part, ETA 3 days.",
        "Checked event logs: disk errors since last Tuesday.", "Updated drivers and firmware.",
        "Cleared the print queue & restarted the spooler.", "Scheduled onsite visit for Thursday morning.",
    ];

    public static readonly string[] CustomerReplies =
    [
        "Thanks, that seems to have fixed it!", "Still happening this morning, can someone call me?",
        "Thursday works for us.", "Any update on this please?",
    ];

    public static readonly string[] BoardNames = ["Service Desk", "Monitoring", "Projects", "Onboarding", "Escalations", "Procurement"];
}
