using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationLaneIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbound_notifications_NextAttemptAt",
                schema: "integrations",
                table: "inbound_notifications");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_due_callbacks",
                schema: "integrations",
                table: "inbound_notifications",
                column: "NextAttemptAt",
                filter: "\"ProcessedAt\" IS NULL AND \"EntityType\" <> 'ticket-notes'");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_due_note_reads",
                schema: "integrations",
                table: "inbound_notifications",
                column: "NextAttemptAt",
                filter: "\"ProcessedAt\" IS NULL AND \"EntityType\" = 'ticket-notes'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbound_notifications_due_callbacks",
                schema: "integrations",
                table: "inbound_notifications");

            migrationBuilder.DropIndex(
                name: "IX_inbound_notifications_due_note_reads",
                schema: "integrations",
                table: "inbound_notifications");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_NextAttemptAt",
                schema: "integrations",
                table: "inbound_notifications",
                column: "NextAttemptAt",
                filter: "\"ProcessedAt\" IS NULL");
        }
    }
}
