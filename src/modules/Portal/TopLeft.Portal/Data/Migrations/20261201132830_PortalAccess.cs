using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class PortalAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "board_options",
                schema: "portal",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    ShowNotesAndTimeEntries = table.Column<bool>(type: "boolean", nullable: false),
                    ContactCanAddNotes = table.Column<bool>(type: "boolean", nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    ContactCanDrag = table.Column<bool>(type: "boolean", nullable: false),
                    ShowBudgetSummary = table.Column<bool>(type: "boolean", nullable: false),
                    CompanyAccess = table.Column<List<int>>(type: "integer[]", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_options", x => new { x.TenantId, x.BoardId });
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "portal",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactPsaId = table.Column<int>(type: "integer", nullable: false),
                    CompanyPsaId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Invitations = table.Column<int>(type: "integer", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => new { x.TenantId, x.ContactPsaId });
                });

            migrationBuilder.CreateTable(
                name: "licensed_companies",
                schema: "portal",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyPsaId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LicensedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LicensedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensed_companies", x => new { x.TenantId, x.CompanyPsaId });
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "portal",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CloudRadialSecretProtected = table.Column<string>(type: "text", nullable: true),
                    CloudRadialSecretCreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "used_hand_offs",
                schema: "portal",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_used_hand_offs", x => new { x.TenantId, x.Nonce });
                });

            migrationBuilder.CreateTable(
                name: "view_as_sessions",
                schema: "portal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdminUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdminName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPsaId = table.Column<int>(type: "integer", nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompanyPsaId = table.Column<int>(type: "integer", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_view_as_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_TenantId_CompanyPsaId",
                schema: "portal",
                table: "contacts",
                columns: new[] { "TenantId", "CompanyPsaId" });

            migrationBuilder.CreateIndex(
                name: "IX_view_as_sessions_TenantId_AdminUserId_EndedAt",
                schema: "portal",
                table: "view_as_sessions",
                columns: new[] { "TenantId", "AdminUserId", "EndedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "board_options",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "contacts",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "licensed_companies",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "used_hand_offs",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "view_as_sessions",
                schema: "portal");
        }
    }
}
