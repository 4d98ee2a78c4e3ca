using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationRetentionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_ProcessedAt",
                schema: "integrations",
                table: "inbound_notifications",
                column: "ProcessedAt",
                filter: "\"ProcessedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbound_notifications_ProcessedAt",
                schema: "integrations",
                table: "inbound_notifications");
        }
    }
}
