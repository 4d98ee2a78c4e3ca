using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Licensing.Data.Migrations
{
    /// <inheritdoc />
    public partial class Licensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "changes",
                schema: "licensing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ByAdmin = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FromMemberLicenses = table.Column<int>(type: "integer", nullable: true),
                    ToMemberLicenses = table.Column<int>(type: "integer", nullable: true),
                    FromPortalCompanyLicenses = table.Column<int>(type: "integer", nullable: true),
                    ToPortalCompanyLicenses = table.Column<int>(type: "integer", nullable: true),
                    WasTrial = table.Column<bool>(type: "boolean", nullable: true),
                    IsTrial = table.Column<bool>(type: "boolean", nullable: true),
                    BillingReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensed_members",
                schema: "licensing",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaMemberId = table.Column<int>(type: "integer", nullable: false),
                    LicensedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensed_members", x => new { x.TenantId, x.PsaMemberId });
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "licensing",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "licensing",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsTrial = table.Column<bool>(type: "boolean", nullable: false),
                    MemberLicenses = table.Column<int>(type: "integer", nullable: false),
                    PortalCompanyLicenses = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "versions",
                schema: "licensing",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versions", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_changes_TenantId_At",
                schema: "licensing",
                table: "changes",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_members_TenantId_NormalizedEmail",
                schema: "licensing",
                table: "members",
                columns: new[] { "TenantId", "NormalizedEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_members_TenantId_NormalizedUserName",
                schema: "licensing",
                table: "members",
                columns: new[] { "TenantId", "NormalizedUserName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changes",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "licensed_members",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "members",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "versions",
                schema: "licensing");
        }
    }
}
